using System.Text.Json.Nodes;

namespace OtSim.EndToEnd.Tests;

/// <summary>
/// Bad input: exit code 2, a message naming the file, the field path, the bad value and what is allowed, and no
/// results folder or staging folder left behind. Each bad scenario is the demo with one thing changed.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>How to break the demo, and the fragments the error message must hold (besides the file name).</summary>
    private static readonly Dictionary<string, (Func<string, string> Break, string[] Expected)> Cases = new()
    {
        ["malformed JSON"] = (
            text => text.Replace("\"seed\": 2026,", "\"seed\": 2026 \"oops\",", StringComparison.Ordinal),
            [$"is not valid JSON at line {DemoLineOf("\"seed\": 2026,")}, position "]),
        ["empty file"] = (_ => "", ["the file is empty"]),
        ["whitespace-only file"] = (_ => "  \n\t\n", ["the file is empty"]),
        ["top level is a list"] = (_ => "[1, 2]", ["(top level)", "a list is not allowed", "it must be a JSON object"]),
        ["wrong type"] = (
            Edit(s => s["district"]!["schools"] = "three"),
            ["district.schools", "\"three\" is not allowed", "it must be a number from 1 to 100000"]),
        ["unknown policy kind"] = (
            Edit(s => s["policies"]![1]!["kind"] = "push-in-only"),
            ["policies[1].kind", "\"push-in-only\" is not allowed", "allowed policy kinds are: blanket, needs-based, collaborative, three-to-one, per-student"]),
        ["negative therapists"] = (
            Edit(s => s["staffing"]!["therapists"] = -2),
            ["staffing.therapists", "-2 is not allowed", "it must be from 1 to 100000"]),
        ["negative minutes"] = (
            Edit(s => s["policies"]![2]!["bySeverity"]!["moderate"]!["direct"] = -15),
            ["policies[2].bySeverity.moderate.direct", "-15 is not allowed", "it must be from 0 to 600"]),
        ["negative rate"] = (
            Edit(s => s["calendar"]!["disruptionRate"] = -0.1),
            ["calendar.disruptionRate", "-0.1 is not allowed", "it must be from 0 to 0.5"]),
        ["absurd minutes"] = (
            Edit(s => s["policies"]![0]!["direct"] = 10000),
            ["policies[0].direct", "10000 is not allowed", "it must be from 0 to 600"]),
        ["zero students"] = (
            Edit(s => s["district"]!["studentsPerClassroom"] = 0),
            ["district.studentsPerClassroom", "0 is not allowed", "it must be from 1 to 99"]),
        ["fractional count"] = (
            Edit(s => s["district"]!["classroomsPerSchool"] = 2.5),
            ["district.classroomsPerSchool", "2.5 is not allowed", "it must be a whole number from 1 to 500"]),
        ["unknown field"] = (
            Edit(s =>
            {
                var staffing = s["staffing"]!.AsObject();
                staffing.Remove("fte");
                staffing["ftee"] = 0.8;
            }),
            ["staffing.ftee", "an unknown field is not allowed", "allowed fields here are:", "fte,"]),
        ["unknown top-level field"] = (
            Edit(s => s["replicatons"] = 5),
            ["replicatons", "an unknown field is not allowed", "replications"]),
        ["severity mix off"] = (
            Edit(s => s["district"]!["severityMix"]!["severe"] = 0.5),
            ["district.severityMix", "shares adding up to 1.3 is not allowed", "must add up to 1"]),
        ["repeated field"] = (
            text => text.Replace("\"seed\": 2026,", "\"seed\": 2026, \"seed\": 7,", StringComparison.Ordinal),
            [$"seed: a second \"seed\" (line {DemoLineOf("\"seed\": 2026,")}) is not allowed", "each field may appear only once"]),
        ["class smaller than its students with OT"] = (
            Edit(s =>
            {
                s["district"]!["studentsPerClassroom"] = 70;
                s["district"]!["classSize"] = 60;
            }),
            ["district.classSize", "60 is not allowed", "it must be from 70 to 99"]),
        ["baseline names no policy"] = (
            Edit(s => s["baselinePolicy"] = "blanket-60"),
            ["baselinePolicy", "\"blanket-60\" is not allowed", "blanket-30, collaborative, needs-based"]),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task BadScenarioIsRejectedWithAMessageAndNoOutput(string name)
    {
        var (breakIt, expected) = Cases[name];
        string scenario = _folder["bad-scenario.json"];
        await File.WriteAllTextAsync(scenario, breakIt(await File.ReadAllTextAsync(Otsim.DemoScenario)));

        var result = await RunAsync(scenario);

        AssertRejected(result, [scenario, .. expected]);
    }

    [Fact]
    public async Task MissingScenarioFileIsRejected()
    {
        string scenario = _folder["no-such-scenario.json"];
        var result = await RunAsync(scenario);
        AssertRejected(result, [scenario, "the scenario file does not exist"]);
    }

    [Fact]
    public async Task NonEmptyOutputFolderIsKeptWithoutOverwrite()
    {
        string output = _folder["out"];
        Directory.CreateDirectory(output);
        string precious = Path.Combine(output, "notes.txt");
        await File.WriteAllTextAsync(precious, "keep me");

        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--quiet");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{output} already exists and does not hold OtSim results", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("--out", result.StdErr, StringComparison.Ordinal);
        Assert.Equal([precious], Directory.GetFileSystemEntries(output));
        Assert.Equal("keep me", await File.ReadAllTextAsync(precious));
        Assert.Empty(_folder.StagingLeftovers());
    }

    [Fact]
    public async Task BadCommandLineValueIsRejected()
    {
        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", _folder["out"], "--replications", "0");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--replications: \"0\" is not allowed; it must be a whole number from 1 to 10000", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["out"]));
        Assert.Empty(_folder.StagingLeftovers());
    }

    [Fact]
    public async Task ASeedOnTheCommandLineFollowsTheFileRule()
    {
        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", _folder["out"], "--seed", "9223372036854775807");

        AssertRejected(result, ["--seed: \"9223372036854775807\" is not allowed; it must be a whole number from 0 to 9007199254740991"]);
    }

    [Fact]
    public async Task SeventyStudentsPerClassroomWithoutClassSizeRunsToTheEnd()
    {
        // The derived default class size (70) must pass the rules the grains apply to the resolved scenario.
        string scenario = _folder["big-classes.json"];
        await File.WriteAllTextAsync(scenario, Edit(s =>
        {
            s["district"]!["studentsPerClassroom"] = 70;
            s["district"]!.AsObject().Remove("classSize");
        })(await File.ReadAllTextAsync(Otsim.DemoScenario)));

        var result = await Otsim.RunAsync(_folder.Path, "run", scenario, "--out", _folder["out"], "--replications", "1", "--no-weeks", "--no-analysis", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1 + 24 * 70 * 3, File.ReadAllLines(Path.Combine(_folder["out"], "students.csv")).Length);
        Assert.False(Directory.Exists(Path.Combine(_folder["out"], ".otsim-work")));
    }

    [Fact]
    public async Task ClusterThatIsNotRunningFailsInsteadOfHanging()
    {
        int port = FreePort();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", _folder["out"], "--cluster", "--gateway", $"{port}", "--quiet");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"error: --cluster: no cluster answered on gateway port(s) {port}", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("--gateway", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.StdErr, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(60));
        Assert.False(Directory.Exists(_folder["out"]));
        Assert.Empty(_folder.StagingLeftovers());
    }

    public void Dispose() => _folder.Dispose();

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task<CliResult> RunAsync(string scenario) =>
        Otsim.RunAsync(_folder.Path, "run", scenario, "--out", _folder["out"], "--quiet");

    private void AssertRejected(CliResult result, string[] expected)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: ", result.StdErr, StringComparison.Ordinal);
        // One plain line for the user: no stack trace, no exception type, no second (0-based) copy of the position.
        Assert.Single(result.StdErr.Trim().Split('\n'));
        Assert.DoesNotContain("Exception", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber:", result.StdErr, StringComparison.Ordinal);
        foreach (string fragment in expected)
        {
            Assert.True(result.StdErr.Contains(fragment, StringComparison.Ordinal), $"missing \"{fragment}\" in:\n{result}");
        }
        Assert.DoesNotContain("Results:", result.StdOut, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["out"]), "a results folder was created");
        Assert.Empty(_folder.StagingLeftovers());
    }

    /// <summary>The 1-based line of the demo that holds <paramref name="text"/>.</summary>
    private static int DemoLineOf(string text) =>
        File.ReadAllLines(Otsim.DemoScenario).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    private static Func<string, string> Edit(Action<JsonNode> change) => text =>
    {
        var root = JsonNode.Parse(text)!;
        change(root);
        return root.ToJsonString();
    };
}
