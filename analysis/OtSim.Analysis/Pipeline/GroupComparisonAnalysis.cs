using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Compares policies (or any groups) on the outcome. Policies share students within a replication, so with two or
/// more replications each policy's difference from the baseline is estimated from the per-replication differences of
/// means (paired t on R - 1 df); with one replication, Welch's t on students.
/// </summary>
public static class GroupComparisonAnalysis
{
    /// <summary>Method name for paired per-replication differences.</summary>
    public const string PairedReplications = "paired_replications";

    /// <summary>Method name for Welch's t on students.</summary>
    public const string WelchStudents = "welch_students";

    /// <summary>Runs the comparison (one group: its summary only, no differences); null when there is no group column.</summary>
    public static GroupComparisonResult? Run(AnalysisInput input, IReadOnlyList<string> order, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(order);
        var spec = input.Spec;
        if (spec.Group is null)
        {
            return null;
        }

        var data = input.Data;
        if (order.Count == 0)
        {
            return null;
        }

        if (order.Count < 2)
        {
            // Still summarised (the page's tiles and the command line read these figures), but nothing to compare.
            notes.Add($"Only one value of {spec.Group}: no group comparison.");
        }

        string baseline = spec.BaselineGroup is { } b && order.Contains(b) ? b : order[0];
        var replications = spec.RunColumns.Count > 0 ? data.Combined(spec.RunColumns).Distinct(StringComparer.Ordinal).ToList() : ["1"];
        bool paired = replications.Count >= 2;
        string method = paired ? PairedReplications : WelchStudents;
        string description = paired
            ? $"Policies share students within a {RunWord(spec)}, so each difference from {baseline} is the mean of the {replications.Count} per-{RunWord(spec)} differences in mean {spec.Outcome}, with a paired t interval on {replications.Count - 1} df; policy means, progress and goals met per therapist hour have t intervals over {RunWord(spec)} values. Hedges' g pools students across replications."
            : $"One replication: differences from {baseline} use Welch's t on students (note that policies share the same students, so this ignores the pairing); means have t intervals over students. Hedges' g pools students.";

        var baseData = data.WhereLabel(spec.Group, baseline);
        var groups = new List<GroupSummary>();
        foreach (var name in new[] { baseline }.Concat(order.Where(o => o != baseline)))
        {
            var rows = data.WhereLabel(spec.Group, name);
            if (rows.RowCount < 2)
            {
                notes.Add($"{spec.Group} \"{name}\" has fewer than 2 rows and is left out of the comparison.");
                continue;
            }

            var y = rows.Number(spec.Outcome);
            var mean = paired ? Descriptive.MeanWithCi(ReplicationMeans(rows, spec)) : Descriptive.MeanWithCi(y);
            DifferenceEstimate? difference = null;
            EffectSizeEstimate? g = null;
            if (name != baseline)
            {
                difference = paired ? PairedDifference(rows, baseData, spec) : Welch(y, baseData.Number(spec.Outcome));
                var h = MeanDifference.HedgesG(y, baseData.Number(spec.Outcome));
                g = new EffectSizeEstimate(h.Estimate, h.CiLow, h.CiHigh);
            }

            groups.Add(Describe(input, name, rows, y, mean, replications.Count, difference, g));
        }

        return new GroupComparisonResult(spec.Group, baseline, method, description, replications.Count, groups);
    }

    private static GroupSummary Describe(
        AnalysisInput input, string name, AnalysisData rows, double[] y, MeanEstimate mean, int replications, DifferenceEstimate? difference, EffectSizeEstimate? g)
    {
        var spec = input.Spec;
        double? Mean(string column) => rows.Numeric.TryGetValue(column, out var v) ? v.Average() : null;
        double? goals = Mean("goal_met") * 100;
        double? hours = null;
        double? cost = null;
        double? costPerGoal = null;
        RateEstimate? perHour = null;
        RateEstimate? goalsPerHour = null;
        if (input.Therapists is { Count: > 0 } therapists)
        {
            var mine = therapists.Where(t => t.Policy == name).GroupBy(t => t.Run).ToList();
            if (mine.Count > 0)
            {
                hours = mine.Average(r => r.Sum(t => t.TherapistMinutes)) / 60.0;
                var hoursByRun = mine.ToDictionary(r => r.Key, r => r.Sum(t => t.TherapistMinutes) / 60.0, StringComparer.Ordinal);
                perHour = PerHour(rows, spec, spec.Outcome, hoursByRun);
                goalsPerHour = rows.Numeric.ContainsKey("goal_met") ? PerHour(rows, spec, "goal_met", hoursByRun) : null;
                cost = StaffingCost.Annual(
                    mine.Average(r => r.Sum(t => t.Fte)), input.Scenario?.SalaryPerFte ?? 0, input.Scenario?.Weeks ?? 36,
                    mine.SelectMany(r => r).Select(t => t.CostInputs), mine.Count);
            }
        }
        else if (input.Scenario is { SalaryPerFte: > 0 } s && s.Therapists > 0)
        {
            // Without therapists.csv no vacancy is known: the budgeted positions.
            cost = StaffingCost.Annual(s.Therapists * s.Fte, s.SalaryPerFte, s.Weeks, []);
        }

        if (cost is { } c && rows.Numeric.TryGetValue("goal_met", out var met))
        {
            double goalsPerYear = met.Sum() / replications;
            costPerGoal = goalsPerYear > 0 ? c / goalsPerYear : null;
        }

        return new GroupSummary(
            name, rows.RowCount, rows.RowCount / (double)replications, mean.Mean, mean.CiLow, mean.CiHigh,
            rows.Number(spec.Dose).Average(), Mean("gas_t_score"), goals, Mean("compliance"), hours, cost, costPerGoal, difference, g)
        {
            MeanPrescribed = Mean("prescribed_total_minutes"),
            ProgressPerTherapistHour = perHour,
            GoalsMetPerTherapistHour = goalsPerHour,
        };
    }

    private static string RunWord(AnalysisSpec spec) => spec.DesignPoint is null ? "replication" : "design point x replication run";

    // Per run: the column's sum over the policy's students divided by its therapists' delivered hours; t interval over runs.
    private static RateEstimate? PerHour(AnalysisData rows, AnalysisSpec spec, string column, IReadOnlyDictionary<string, double> hoursByRun)
    {
        if (spec.RunColumns.Count == 0)
        {
            return null;
        }

        var values = rows.Number(column);
        var runs = rows.Combined(spec.RunColumns);
        var rates = Enumerable.Range(0, rows.RowCount).GroupBy(i => runs[i])
            .Where(g => hoursByRun.TryGetValue(g.Key, out var h) && h > 0)
            .Select(g => g.Sum(i => values[i]) / hoursByRun[g.Key]).ToArray();
        if (rates.Length == 0)
        {
            return null;
        }

        if (rates.Length == 1)
        {
            return new RateEstimate(rates[0], null, null, 1);
        }

        var m = Descriptive.MeanWithCi(rates);
        return new RateEstimate(m.Mean, m.CiLow, m.CiHigh, rates.Length);
    }

    private static double[] ReplicationMeans(AnalysisData rows, AnalysisSpec spec)
    {
        var y = rows.Number(spec.Outcome);
        var r = rows.Combined(spec.RunColumns);
        return Enumerable.Range(0, rows.RowCount).GroupBy(i => r[i]).Select(g => g.Average(i => y[i])).ToArray();
    }

    private static DifferenceEstimate PairedDifference(AnalysisData rows, AnalysisData baseline, AnalysisSpec spec)
    {
        var mine = Means(rows, spec);
        var theirs = Means(baseline, spec);
        var d = mine.Keys.Where(theirs.ContainsKey).Select(k => mine[k] - theirs[k]).ToArray();
        var m = Descriptive.MeanWithCi(d);
        var c = Coefficient.FromWald("difference", m.Mean, m.StdError, d.Length - 1);
        return new DifferenceEstimate(c.Estimate, c.CiLow, c.CiHigh, c.PValue, d.Length - 1, PairedReplications);
    }

    private static Dictionary<string, double> Means(AnalysisData rows, AnalysisSpec spec)
    {
        var y = rows.Number(spec.Outcome);
        var r = rows.Combined(spec.RunColumns);
        return Enumerable.Range(0, rows.RowCount).GroupBy(i => r[i]).ToDictionary(g => g.Key, g => g.Average(i => y[i]), StringComparer.Ordinal);
    }

    private static DifferenceEstimate Welch(double[] a, double[] b)
    {
        var w = MeanDifference.Welch(a, b);
        return new DifferenceEstimate(w.Estimate, w.CiLow, w.CiHigh, w.PValue, w.Df, WelchStudents);
    }
}
