using System.Text.Json;
using System.Text.Json.Nodes;

namespace OtSim.EndToEnd.Tests.RRoundTrip;

/// <summary>One run of a scenario with its analysis, kept for the tests of a class.</summary>
public abstract class AnalysedRunFixture(string scenario) : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public string Folder => _folder["run"];

    public string AnalysisJson => Path.Combine(Folder, "analysis.json");

    public string StudentsCsv => Path.Combine(Folder, "students.csv");

    public CliResult Result { get; private set; } = new(-1, "", "");

    public async Task InitializeAsync() =>
        Result = await Otsim.RunAsync(_folder.Path, "run", Path.Combine(Otsim.RepositoryRoot, "scenarios", scenario), "--out", Folder, "--quiet");

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The workshop demo with its default 3 replications (clusters are replication x classroom).</summary>
public sealed class DemoAnalysedRun() : AnalysedRunFixture("workshop-demo.json");

/// <summary>Every r_code of the workshop demo's analysis.json runs in R and reproduces the C# numbers.</summary>
public sealed class DemoRCodeRoundTripTests(DemoAnalysedRun run) : IClassFixture<DemoAnalysedRun>
{
    [RFact]
    public Task Every_r_code_reproduces_the_estimates_and_standard_errors()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        return RoundTripAssert.ReproducesEveryModelAsync(run.AnalysisJson, run.StudentsCsv);
    }

    [RFact]
    public async Task A_wrong_number_or_failing_r_code_is_reported()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        var root = JsonNode.Parse(await File.ReadAllTextAsync(run.AnalysisJson))!;
        var models = root["models"]!.AsArray();
        var first = models[0]!;
        var slope = first["coefficients"]![1]!;
        slope["estimate"] = slope["estimate"]!.GetValue<double>() * (1 + 2e-5);
        var last = models[^1]!;
        // A reference to a missing object makes R stop, whatever kind of model the last one is.
        last["r_code"] = "d$x <- no_such_column\n" + last["r_code"]!.GetValue<string>();
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder["analysis.json"], root.ToJsonString());

        var report = await RCodeRoundTrip.CheckAsync(folder["analysis.json"], run.StudentsCsv);
        var untouched = await RCodeRoundTrip.CheckAsync(run.AnalysisJson, run.StudentsCsv);

        // Exactly the two broken models are reported, beyond whatever the untouched file reports (nothing, normally).
        var added = report.Problems.Where(p => !untouched.Problems.Contains(p)).ToList();
        Assert.True(added.Count == 2, report.ToString());
        Assert.Contains(added, p => p.Contains($"({first["name"]})", StringComparison.Ordinal) && p.Contains(" estimate = ", StringComparison.Ordinal));
        Assert.Contains(added, p => p.Contains($"({last["name"]})", StringComparison.Ordinal) && p.Contains("R stopped", StringComparison.Ordinal) && p.Contains("no_such_column", StringComparison.Ordinal));
    }
}

/// <summary>The small factorial experiment (6 design points x 2 replications x 2 policies).</summary>
public sealed class ExperimentAnalysedRun() : AnalysedRunFixture("factorial-experiment.json");

/// <summary>Every r_code of an experiment's analysis.json runs in R and reproduces the C# numbers.</summary>
public sealed class ExperimentRCodeRoundTripTests(ExperimentAnalysedRun run) : IClassFixture<ExperimentAnalysedRun>
{
    [RFact]
    public Task Every_r_code_reproduces_the_estimates_and_standard_errors()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        return RoundTripAssert.ReproducesEveryModelAsync(run.AnalysisJson, run.StudentsCsv);
    }
}

/// <summary>An external CSV (the shared fixture analysed by column roles): one-column cluster, one random intercept.</summary>
public sealed class ExternalCsvRCodeRoundTripTests
{
    [RFact]
    public async Task Every_r_code_reproduces_the_estimates_and_standard_errors()
    {
        using var folder = new TempFolder();
        string csv = Path.Combine(Otsim.RepositoryRoot, "tests", "fixtures-shared", "otsim-students.csv");
        var result = await Otsim.RunAsync(folder.Path, "analyze", csv, "--outcome", "progress", "--dose", "delivered_total_minutes",
            "--covariates", "severity,baseline", "--cluster", "classroom_id", "--group", "policy", "--out", folder["analysis"]);
        Assert.True(result.ExitCode == 0, result.ToString());

        await RoundTripAssert.ReproducesEveryModelAsync(folder["analysis/analysis.json"], csv);
    }
}

/// <summary>The 6-significant-digit rule itself.</summary>
public sealed class AgreesTo6DigitsTests
{
    [Theory]
    [InlineData(1.65294, 1.652944, 1.0, true)]        // half a unit of the 6th digit is 5e-6
    [InlineData(1.65293, 1.652944, 0.0, false)]
    [InlineData(0.000123456, 0.0001234564, 0.0, true)]
    [InlineData(0.000123450, 0.0001234564, 0.0, false)]
    [InlineData(2e-9, -1e-9, 0.01, true)]             // near 0: within a millionth of the SE
    [InlineData(2e-6, -1e-9, 0.01, false)]
    [InlineData(double.NaN, 1.0, 1.0, false)]
    public void Compares_to_six_significant_digits(double actual, double expected, double se, bool agrees) =>
        Assert.Equal(agrees, RCodeRoundTrip.AgreesTo6Digits(actual, expected, se));
}

internal static class RoundTripAssert
{
    /// <summary>Every r_code of analysis.json runs in R on <paramref name="data"/>, agrees, and no model is left out.</summary>
    public static async Task ReproducesEveryModelAsync(string analysisJson, string data)
    {
        var report = await RCodeRoundTrip.CheckAsync(analysisJson, data);
        Assert.True(report.Problems.Count == 0, report.ToString());
        CoversEveryModel(analysisJson, report);
    }

    /// <summary>Every model of analysis.json was run, with every coefficient's estimate and SE compared.</summary>
    public static void CoversEveryModel(string analysisJson, RoundTripReport report)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(analysisJson));
        var models = json.RootElement.GetProperty("models").EnumerateArray().ToList();
        Assert.NotEmpty(models);
        foreach (var model in models)
        {
            string name = model.GetProperty("name").GetString()!;
            Assert.Contains(report.Blocks, b => b.EndsWith($"({name})", StringComparison.Ordinal));
        }

        Assert.True(report.ValuesCompared >= 2 * models.Sum(m => m.GetProperty("coefficients").GetArrayLength()));
        Assert.Contains(models, m => m.GetProperty("r_code").GetString()!.Contains("vcovCL", StringComparison.Ordinal));
        Assert.Contains(models, m => m.GetProperty("r_code").GetString()!.Contains("lmer", StringComparison.Ordinal));
    }
}
