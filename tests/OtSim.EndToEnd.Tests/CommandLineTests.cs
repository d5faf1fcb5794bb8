namespace OtSim.EndToEnd.Tests;

/// <summary>The command line a newcomer meets: help for each command, the version, and what a bare <c>run</c> says.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("run", "--help")]
    [InlineData("help", "run")]
    [InlineData("run", "-h")]
    public async Task RunHelpPrintsTheRunOptions(params string[] args)
    {
        var result = await Otsim.RunAsync(_folder.Path, args);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("usage: dotnet run --project client -- run <scenario.json> [options]", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("--replications N", result.StdOut, StringComparison.Ordinal);
        Assert.Equal("", result.StdErr);
    }

    [Theory]
    [InlineData("analyze", "analyze <results folder>")]
    [InlineData("bench", "--sizes N,N,...")]
    [InlineData("serve", "--port N")]
    public async Task EveryCommandHasItsOwnHelp(string command, string expected)
    {
        var result = await Otsim.RunAsync(_folder.Path, command, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(expected, result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionPrintsTheProgramVersion()
    {
        var result = await Otsim.RunAsync(_folder.Path, "--version");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^otsim \d+\.\d+\.\d+\S*\n$", result.StdOut);
    }

    [Fact]
    public async Task RunWithoutAScenarioPointsToHelpAndTheShippedScenarios()
    {
        var result = await Otsim.RunAsync(_folder.Path, "run");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("run scenarios/workshop-demo.json", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("scenarios/", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("help run", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task AnUnknownOptionIsNamedWithTheOptionsThatExist()
    {
        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--replicatons", "3");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Unknown option --replicatons. Options here: --out, --seed, --replications", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task AnUnknownCommandIsRefusedWithTheList()
    {
        var result = await Otsim.RunAsync(_folder.Path, "rn", "x.json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Unknown command \"rn\"", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 done, 1 failed, 2 bad input or usage", result.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
