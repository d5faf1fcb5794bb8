using System.Text.Json;
using OtSim.Client.Cli;

namespace OtSim.EndToEnd.Tests;

/// <summary>
/// <c>otsim analyze</c> through the real command dispatcher: a saved results folder, an external CSV, and bad external
/// input (exit code 2, no output folder); plus <c>run</c> ending with the analysis inside its results folder.
/// </summary>
[Collection("Console")]
public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "otsim-e2e-analyze-" + Guid.NewGuid().ToString("N"));
    private readonly string _root;

    public AnalyzeCommandTests()
    {
        Directory.CreateDirectory(_folder);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OtSim.sln")))
        {
            dir = dir.Parent;
        }

        _root = dir?.FullName ?? throw new InvalidOperationException("OtSim.sln not found");
    }

    private string Fixture => Path.Combine(_root, "tests", "fixtures-shared", "otsim-students.csv");

    [Fact]
    public async Task Analyze_ResultsFolder_WritesReportJsonAndCharts()
    {
        var dataset = Path.Combine(_folder, "dataset");
        Directory.CreateDirectory(dataset);
        File.Copy(Fixture, Path.Combine(dataset, "students.csv"));
        var output = Path.Combine(_folder, "analysis");

        int code = await CommandDispatcher.RunAsync(["analyze", dataset, "--out", output]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "analysis.json")));
        Assert.NotEmpty(json.RootElement.GetProperty("models").EnumerateArray());
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
        Assert.True(File.Exists(Path.Combine(output, "charts", "minutes-vs-progress.png")));
        Assert.False(File.Exists(Path.Combine(dataset, "report.html")));
    }

    [Fact]
    public async Task Analyze_IntoSomeoneElsesFolder_IsRefusedWithoutOverwrite()
    {
        var output = Path.Combine(_folder, "thesis");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "report.html"), "my own report");

        int code = await CommandDispatcher.RunAsync(["analyze", Fixture, "--outcome", "progress", "--dose", "delivered_total_minutes", "--out", output]);

        Assert.Equal(2, code);
        Assert.Equal("my own report", File.ReadAllText(Path.Combine(output, "report.html")));
        Assert.Equal(["report.html"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Analyze_ExternalCsv_Works()
    {
        var output = Path.Combine(_folder, "district");
        int code = await CommandDispatcher.RunAsync(
            ["analyze", Fixture, "--outcome", "progress", "--dose", "delivered_total_minutes", "--covariates", "severity,baseline", "--cluster", "classroom_id", "--group", "policy", "--out", output]);
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("non-numeric")]
    [InlineData("personal")]
    public async Task Analyze_BadCsv_ExitsWith2_AndWritesNothing(string problem)
    {
        var csv = Path.Combine(_folder, "bad.csv");
        var lines = File.ReadAllLines(Fixture).Take(40).ToArray();
        string dose = "delivered_total_minutes";
        switch (problem)
        {
            case "missing":
                dose = "minutes_per_week";
                break;
            case "non-numeric":
                lines[3] = lines[3].Replace(",960,", ",lots,", StringComparison.Ordinal);
                dose = "prescribed_direct_minutes";
                break;
            default:
                lines = lines.Select((l, i) => l + (i == 0 ? ",date_of_birth" : ",2015-03-0" + (i % 9 + 1))).ToArray();
                break;
        }

        File.WriteAllLines(csv, lines);
        var output = Path.Combine(_folder, "out");
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        int code;
        try
        {
            code = await CommandDispatcher.RunAsync(["analyze", csv, "--outcome", "progress", "--dose", dose, "--out", output]);
        }
        finally
        {
            Console.SetError(previous);
        }

        Assert.Equal(2, code);
        Assert.False(Directory.Exists(output));
        string message = error.ToString();
        Assert.Contains("bad.csv", message, StringComparison.Ordinal);
        if (problem == "non-numeric")
        {
            Assert.Contains("row 3", message, StringComparison.Ordinal);
            Assert.Contains("prescribed_direct_minutes", message, StringComparison.Ordinal);
        }
        else if (problem == "missing")
        {
            Assert.Contains("minutes_per_week", message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("date_of_birth", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_EndsWithTheAnalysis_InsideItsResultsFolder()
    {
        var output = Path.Combine(_folder, "run");
        var scenario = Path.Combine(_root, "scenarios", "workshop-demo.json");
        int code = await CommandDispatcher.RunAsync(["run", scenario, "--out", output, "--engine", "plain", "--replications", "2", "--quiet"]);
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "analysis.json")));
        Assert.Equal("paired_replications", json.RootElement.GetProperty("policies").GetProperty("method").GetString());
        Assert.Equal("workshop-demo", json.RootElement.GetProperty("provenance").GetProperty("dataset").GetString());
        Assert.True(File.Exists(Path.Combine(output, "charts", "weekly-trajectories.svg")));

        var skipped = Path.Combine(_folder, "run-no-analysis");
        Assert.Equal(0, await CommandDispatcher.RunAsync(["run", scenario, "--out", skipped, "--engine", "plain", "--replications", "1", "--quiet", "--no-analysis"]));
        Assert.False(File.Exists(Path.Combine(skipped, "report.html")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
