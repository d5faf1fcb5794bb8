using System.Text.Json.Nodes;

namespace OtSim.EndToEnd.Tests;

/// <summary>A per-student policy whose plans come from a CSV beside the scenario.</summary>
public sealed class PerStudentPlanTests : IDisposable
{
    // The demo's calendar: 36 weeks, 4 of them holidays.
    private const int SchoolWeeks = 32;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ListedStudentGetsTheMinutesFromTheFileAndOthersThePolicyDefault()
    {
        string scenario = await WriteScenarioAsync("student_id,direct,integrated,consult\n\"102\",45,\"15\",5\n");
        string output = _folder["out"];

        var result = await Otsim.RunAsync(_folder.Path, "run", scenario, "--out", output, "--replications", "1", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.StdOut.Split('\n'), l => l.StartsWith("own-plans ", StringComparison.Ordinal));
        var lines = File.ReadAllLines(Path.Combine(output, "students.csv"));
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        var rows = lines.Skip(1).Select(l => l.Split(',')).Where(r => r[Column("policy")] == "own-plans").ToList();
        Assert.Equal(72, rows.Count);
        string[] Prescribed(string studentId)
        {
            var row = Assert.Single(rows, r => r[Column("student_id")] == studentId);
            return [row[Column("prescribed_direct_minutes")], row[Column("prescribed_integrated_minutes")],
                row[Column("prescribed_consult_minutes")], row[Column("prescribed_total_minutes")]];
        }

        Assert.Equal([$"{45 * SchoolWeeks}", $"{15 * SchoolWeeks}", $"{5 * SchoolWeeks}", $"{65 * SchoolWeeks}"], Prescribed("102"));
        // Students not in the file get the policy's own minutes (30 direct).
        Assert.Equal([$"{30 * SchoolWeeks}", "0", "0", $"{30 * SchoolWeeks}"], Prescribed("101"));
        Assert.Equal([$"{30 * SchoolWeeks}", "0", "0", $"{30 * SchoolWeeks}"], Prescribed("2403"));

        // The plans reach the grains inline in the resolved scenario: the plain loop must agree byte for byte.
        string plainOutput = _folder["plain"];
        var plain = await Otsim.RunAsync(_folder.Path, "run", scenario, "--out", plainOutput, "--replications", "1", "--quiet", "--engine", "plain");
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(output, "students.csv")), File.ReadAllBytes(Path.Combine(plainOutput, "students.csv")));
        string resolved = File.ReadAllText(Path.Combine(output, "scenario.resolved.json"));
        Assert.Contains("\"studentId\": 102", resolved, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("102,45,abc,5", "row 3, integrated", "\"abc\"", "it must be a number of weekly minutes from 0 to 600")]
    [InlineData("103,45,15,-5", "row 3, consult", "\"-5\"", "it must be a number of weekly minutes from 0 to 600")]
    [InlineData("103,900,0,0", "row 3, direct", "\"900\"", "it must be a number of weekly minutes from 0 to 600")]
    [InlineData("x7,45,15,5", "row 3, student_id", "\"x7\"", "it must be a positive whole number")]
    [InlineData("101,10,0,0", "row 3, student_id", "101", "each student may appear once")]
    [InlineData("103,45,15", "row 3", "\"103,45,15\"", "each row needs 4 values")]
    [InlineData("103,NaN,0,0", "row 3, direct", "\"NaN\"", "it must be a number of weekly minutes from 0 to 600")]
    [InlineData("\"103\",45,\"NaN\",5", "row 3, integrated", "\"NaN\"", "it must be a number of weekly minutes from 0 to 600")]
    public async Task BadPlanRowIsRejectedNamingFileRowAndColumn(string badRow, string where, string value, string allowed)
    {
        string scenario = await WriteScenarioAsync($"student_id,direct,integrated,consult\n101,20,0,0\n{badRow}\n");
        string plans = _folder["plans.csv"];

        var result = await Otsim.RunAsync(_folder.Path, "run", scenario, "--out", _folder["out"], "--quiet");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{plans}: {where}: {value} is not allowed; {allowed}.", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["out"]));
        Assert.Empty(_folder.StagingLeftovers());
    }

    [Fact]
    public async Task PlanFileWithAWrongHeaderIsRejected()
    {
        string scenario = await WriteScenarioAsync("id,direct,integrated,consult\n101,20,0,0\n");
        var result = await Otsim.RunAsync(_folder.Path, "run", scenario, "--out", _folder["out"], "--quiet");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{_folder["plans.csv"]}: header:", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("the header must be student_id,direct,integrated,consult", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["out"]));
    }

    [Fact]
    public async Task MissingPlanFileIsRejected()
    {
        string scenario = await WriteScenarioAsync(plans: null);
        var result = await Otsim.RunAsync(_folder.Path, "run", scenario, "--out", _folder["out"], "--quiet");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{_folder["plans.csv"]}: the per-student plan file does not exist", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["out"]));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The demo with its first policy replaced by a per-student policy reading plans.csv beside it.</summary>
    private async Task<string> WriteScenarioAsync(string? plans)
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(Otsim.DemoScenario))!;
        root["policies"]![0] = new JsonObject
        {
            ["name"] = "own-plans",
            ["kind"] = "per-student",
            ["file"] = "plans.csv",
            ["direct"] = 30,
            ["sessionsPerWeek"] = 1,
        };
        root["baselinePolicy"] = "own-plans";
        string scenario = _folder["per-student.json"];
        await File.WriteAllTextAsync(scenario, root.ToJsonString());
        if (plans is not null)
        {
            await File.WriteAllTextAsync(_folder["plans.csv"], plans);
        }
        return scenario;
    }
}
