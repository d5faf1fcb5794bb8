using OtSim.Analysis.Data;
using OtSim.Model.Experiments;
using OtSim.Model.Scenarios;
using OtSim.Sensitivity;

namespace OtSim.Analysis.Sensitivity;

/// <summary>
/// The sensitivity analysis of a results folder whose scenario has an <c>experiment.sobol</c> or
/// <c>experiment.morris</c> design: indices per outcome and policy, the replication-noise share, and PRIM boxes for
/// "minutes clearly help" and "at least half of students meet their goal".
/// </summary>
public static class SensitivityRunner
{
    /// <summary>The analysis of <paramref name="folder"/>, or null when its scenario has no sensitivity design.</summary>
    /// <param name="folder">The results folder (scenario.resolved.json, students.csv, and design_points.csv when already written).</param>
    /// <param name="designPointsCsv">The text of design_points.csv when the analysis has just computed it; null reads the folder's file.</param>
    public static SensitivityReport? Run(string folder, string? designPointsCsv = null)
    {
        string resolved = Path.Combine(folder, "scenario.resolved.json");
        if (!File.Exists(resolved))
        {
            return null;
        }
        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.Parse(File.ReadAllText(resolved), resolved, folder);
        }
        catch (ScenarioException)
        {
            return null; // the main analysis reports on the scenario file itself
        }
        if (scenario.Experiment is not { } spec || (spec.Sobol is null && spec.Morris is null))
        {
            return null;
        }
        var columns = ExperimentDesign.Columns(spec);
        var ranges = spec.Ranges;
        var names = ranges.Select(r => r.Name).ToArray();
        var unit = ExperimentDesign.UnitSamples(spec);
        string studentsPath = Path.Combine(folder, "students.csv");
        var students = File.Exists(studentsPath) ? ReplicationTable.Read(studentsPath, columns) : null;
        var table = DesignPointOutcomes.ReadDesignPoints(folder, columns, designPointsCsv)
            ?? (students is null ? throw new DataFormatException("the run has neither design_points.csv nor students.csv.", folder) : DesignPointOutcomes.FromStudents(students, columns));
        CheckDesign(table, unit, ranges);

        ulong seed = spec.Sobol?.Seed ?? spec.Morris!.Seed;
        var outcomes = new List<OutcomeSensitivity>();
        foreach (string outcome in DesignPointOutcomes.Outcomes)
        {
            foreach (string policy in table.Policies)
            {
                if (!table.Values.TryGetValue((outcome, policy), out var values))
                {
                    continue;
                }
                double? noise = students?.NoiseShare(outcome, policy);
                int missing = values.Count(v => v is null);
                if (missing == values.Length && outcome == "effect_per_10h")
                {
                    continue; // the baseline policy has no effect against itself
                }
                if (missing > 0)
                {
                    outcomes.Add(new OutcomeSensitivity(outcome, policy, noise, null, null, $"not estimable at {missing:N0} of {values.Length:N0} design points"));
                    continue;
                }
                var y = values.Select(v => v!.Value).ToArray();
                try
                {
                    outcomes.Add(spec.Sobol is { } sobol
                        ? new OutcomeSensitivity(outcome, policy, noise, SobolAnalysis.Analyze(y, names, sobol.SecondOrder, seed), null, null)
                        : new OutcomeSensitivity(outcome, policy, noise, null, MorrisAnalysis.Analyze(unit, y, names, seed), null));
                }
                catch (SensitivityException ex)
                {
                    outcomes.Add(new OutcomeSensitivity(outcome, policy, noise, null, null, ex.Message));
                }
            }
        }
        var discoveries = Discover(table, names, scenario.Policies[0].Name);
        string method = spec.Sobol is not null ? "sobol" : "morris";
        int samples = spec.Sobol?.Samples ?? spec.Morris!.Trajectories;
        var report = new SensitivityReport(method, samples, unit.Length, names, Path.GetFileName(table.Source), outcomes, discoveries, "");
        return report with { SummarySentence = SensitivityWords.Summary(report, scenario.Policies[0].Name) };
    }

    private static void CheckDesign(DesignPointOutcomes table, double[][] unit, IReadOnlyList<RangeSpec> ranges)
    {
        string file = Path.GetFileName(table.Source);
        if (table.Points.Count != unit.Length)
        {
            throw new DataFormatException($"{file} has {table.Points.Count:N0} design points but the scenario's design has {unit.Length:N0}; the sensitivity analysis needs every point.", table.Source, "design_point");
        }
        for (int i = 0; i < unit.Length; i++)
        {
            for (int j = 0; j < ranges.Count; j++)
            {
                double expected = ranges[j].Min + (unit[i][j] * (ranges[j].Max - ranges[j].Min));
                if (Math.Abs(table.Factors[i][j] - expected) > 1e-9 * Math.Max(1, Math.Abs(expected)))
                {
                    throw new DataFormatException($"{file}: design point {table.Points[i]} has {ranges[j].Name} = {table.Factors[i][j]}, but the scenario's design has {expected} there; the file does not belong to this scenario.", table.Source, ranges[j].Name);
                }
            }
        }
    }

    private static List<DiscoveryResult> Discover(DesignPointOutcomes table, string[] names, string baseline)
    {
        var list = new List<DiscoveryResult>();
        foreach (string policy in table.Policies)
        {
            if (policy != baseline && table.Values.TryGetValue((DesignPointOutcomes.EffectLow, policy), out var low))
            {
                var interest = low.Select(v => v is > 0).ToArray();
                list.Add(Find(table, names, policy, "effect_per_10h", $"{DesignPointOutcomes.EffectLow} > 0", interest,
                    $"minutes clearly help under {policy} (the counterfactual effect's interval is above zero)"));
            }
            if (table.Values.TryGetValue(("goals_met_percent", policy), out var met))
            {
                var interest = met.Select(v => v is >= 50).ToArray();
                list.Add(Find(table, names, policy, "goals_met_percent", "goals_met_percent >= 50", interest,
                    $"at least half of students meet their goal under {policy}"));
            }
        }
        return list;
    }

    private static DiscoveryResult Find(DesignPointOutcomes table, string[] names, string policy, string outcome, string condition, bool[] interest, string what)
    {
        int cases = interest.Count(v => v);
        if (cases == 0 || cases == interest.Length)
        {
            string words = cases == 0 ? $"In none of the {interest.Length:N0} worlds do {what}." : $"In every one of the {interest.Length:N0} worlds {what}.";
            return new DiscoveryResult(outcome, condition, policy, null, words);
        }
        var result = Prim.Run(table.Factors, interest, names);
        return new DiscoveryResult(outcome, condition, policy, result, SensitivityWords.Box(what, result, table.Factors, names));
    }
}
