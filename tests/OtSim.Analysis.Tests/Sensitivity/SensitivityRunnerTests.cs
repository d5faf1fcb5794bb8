using System.Globalization;
using System.Text;
using System.Text.Json;
using OtSim.Analysis.Data;
using OtSim.Analysis.Report;
using OtSim.Analysis.Sensitivity;
using OtSim.Model.Experiments;
using OtSim.Model.Scenarios;

namespace OtSim.Analysis.Tests.Sensitivity;

/// <summary>
/// The sensitivity analysis of an experiment run, on a results folder built here: the scenario's Sobol' design and a
/// design_points.csv in the agreed shape whose outcomes are known functions of the factors.
/// </summary>
public sealed class SensitivityRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("otsim-sensitivity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "OtSim.sln")))
        {
            dir = dir.Parent;
        }
        return dir.FullName;
    }

    /// <summary>The shipped scenario with <paramref name="samples"/> base samples, written as scenario.resolved.json.</summary>
    private Scenario WriteScenario(int samples)
    {
        string path = Path.Combine(Root(), "scenarios", "which-assumptions-matter.json");
        var shipped = ScenarioLoader.Load(path);
        var spec = shipped.Experiment!;
        var scenario = shipped with { Experiment = spec with { Sobol = spec.Sobol! with { Samples = samples } } };
        File.WriteAllText(Path.Combine(_folder, "scenario.resolved.json"), ScenarioWriter.ToJson(scenario));
        return scenario;
    }

    /// <summary>design_points.csv (agreed columns, in order) with slope = 4·pulloutTransfer + coachingGain·10, effect low = pulloutTransfer − 0.6.</summary>
    private void WriteDesignPoints(Scenario scenario, Func<int, bool>? drop = null)
    {
        var spec = scenario.Experiment!;
        var unit = ExperimentDesign.UnitSamples(spec);
        var columns = ExperimentDesign.Columns(spec);
        var csv = new StringBuilder("design_point," + string.Join(',', columns) + ",policy,baseline_policy,replications,students,mean_progress,goals_met_percent,compliance,therapist_hours,cost_per_goal_met,slope_per_10h,slope_per_10h_ci_low,slope_per_10h_ci_high,effect_per_10h,effect_per_10h_ci_low,effect_per_10h_ci_high\n");
        string baseline = scenario.Policies[0].Name;
        for (int i = 0; i < unit.Length; i++)
        {
            if (drop?.Invoke(i) == true)
            {
                continue;
            }
            var x = spec.Ranges.Select((r, j) => r.Min + (unit[i][j] * (r.Max - r.Min))).ToArray();
            double transfer = x[1], coaching = x[6];
            foreach (var policy in scenario.Policies)
            {
                string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
                bool isBaseline = policy.Name == baseline;
                double slope = (4 * transfer) + (10 * coaching);
                string effect = isBaseline ? ",," : $"{R(transfer)},{R(transfer - 0.6)},{R(transfer + 0.6)}";
                csv.Append(CultureInfo.InvariantCulture, $"{i},{string.Join(',', x.Select(R))},{policy.Name},{baseline},2,72,{R(5 + transfer)},{R(100 * transfer)},0.9,100,,{R(slope)},{R(slope - 1)},{R(slope + 1)},{effect}\n");
            }
        }
        File.WriteAllText(Path.Combine(_folder, "design_points.csv"), csv.ToString());
    }

    [Fact]
    public void Indices_and_boxes_recover_how_the_outcomes_were_built()
    {
        var scenario = WriteScenario(128);
        WriteDesignPoints(scenario);

        var report = SensitivityRunner.Run(_folder)!;

        Assert.Equal("sobol", report.Method);
        Assert.Equal(128 * 10, report.DesignPoints);
        var slope = report.Outcomes.Single(o => o.Outcome == "slope_per_10h" && o.Policy == scenario.Policies[0].Name).Sobol!;
        // Var(4·T) with T ~ U(a, b) is 16·(b − a)²/12; Var(10·C) with C ~ U(c, d) is 100·(d − c)²/12 (the scenario's ranges).
        var ranges = scenario.Experiment!.Ranges;
        double Width(string name) => ranges.Single(r => r.Name == name) is var r ? r.Max - r.Min : 0;
        double vt = 16 * Math.Pow(Width("pulloutTransfer"), 2) / 12, vc = 100 * Math.Pow(Width("coachingGain"), 2) / 12;
        Assert.InRange(slope.Parameters.Single(p => p.Name == "pulloutTransfer").S1, (vt / (vt + vc)) - 0.03, (vt / (vt + vc)) + 0.03);
        Assert.InRange(slope.Parameters.Single(p => p.Name == "coachingGain").ST, (vc / (vt + vc)) - 0.03, (vc / (vt + vc)) + 0.03);
        Assert.All(slope.Parameters.Where(p => p.Name is not ("pulloutTransfer" or "coachingGain")), p => Assert.InRange(p.ST, -0.01, 0.01));
        Assert.Contains("pulloutTransfer", report.SummarySentence, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Outcomes, o => o.Outcome == "effect_per_10h" && o.Policy == scenario.Policies[0].Name);
        Assert.Contains(report.Outcomes, o => o.Outcome == "cost_per_goal_met" && o.Skipped!.Contains("not estimable", StringComparison.Ordinal));

        var helps = report.Discoveries.First(d => d.Condition == "effect_per_10h_ci_low > 0");
        var box = helps.Result!.Boxes[0];
        var only = Assert.Single(box.Restrictions);
        Assert.Equal("pulloutTransfer", only.Input);
        Assert.InRange(only.Min, 0.58, 0.62);
        Assert.Matches(@"when pulloutTransfer > 0\.(59|6)\d*: (9\d|100)% of such worlds", helps.Words);

        using var json = JsonDocument.Parse(SensitivitySection.Files(report)["sensitivity.json"]);
        Assert.Equal(8, json.RootElement.GetProperty("parameters").GetArrayLength());
        var first = json.RootElement.GetProperty("outcomes")[0];
        Assert.Equal("slope_per_10h", first.GetProperty("outcome").GetString());
        Assert.Equal(8, first.GetProperty("parameters").GetArrayLength());
        string html = SensitivitySection.Html(report);
        Assert.Contains("<h2>Which assumptions decide the answer</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_a_sensitivity_design_has_no_section()
    {
        var shipped = ScenarioLoader.Load(Path.Combine(Root(), "scenarios", "workshop-demo.json"));
        File.WriteAllText(Path.Combine(_folder, "scenario.resolved.json"), ScenarioWriter.ToJson(shipped));
        Assert.Null(SensitivityRunner.Run(_folder));
    }

    [Fact]
    public void A_missing_design_point_is_a_clear_error()
    {
        var scenario = WriteScenario(8);
        WriteDesignPoints(scenario, drop: i => i == 17);
        var ex = Assert.Throws<DataFormatException>(() => SensitivityRunner.Run(_folder));
        Assert.Contains("79 design points but the scenario's design has 80", ex.Message, StringComparison.Ordinal);
    }
}
