using System.Text.RegularExpressions;

namespace OtSim.EndToEnd.Tests;

/// <summary>
/// SIGTERM (docker stop, systemctl stop, scancel, timeout) stops otsim as Ctrl+C does: exit 130, "Stopping" once,
/// finished work kept, no result file written or half-written; the same command then resumes where it stopped.
/// </summary>
public sealed partial class SignalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task SigtermStopsARunThatThenResumesToTheSameBytes()
    {
        string output = _folder["stopped"];
        string[] args = ["run", Otsim.DemoScenario, "--out", output, "--replications", "40", "--no-analysis"];
        CliResult stopped;
        using (var run = OtsimProcess.Start(_folder.Path, args))
        {
            await run.ExpectErrorLineAsync(" cells ");
            await run.SignalAsync("TERM");
            stopped = await run.WaitAsync();
        }

        Assert.True(stopped.ExitCode == 130, stopped.ToString());
        Assert.Single(Regex.Matches(stopped.StdErr, "Stopping"));
        Assert.Contains("run the same command again to resume", stopped.StdErr, StringComparison.Ordinal);
        Assert.Equal([".otsim-work"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(Path.Combine(output, ".otsim-work"), "*.tmp", SearchOption.AllDirectories));

        var resumed = await Otsim.RunAsync(_folder.Path, args);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        int finished = int.Parse(ResumingLine().Match(resumed.StdErr).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(finished, 1, 119);
        // The progress bar carries on from the finished cells instead of starting again at 1.
        Assert.Contains($"] {finished + 1}/120 cells", resumed.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("] 1/120 cells", resumed.StdErr, StringComparison.Ordinal);

        string straight = _folder["straight"];
        var uninterrupted = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", straight, "--replications", "40", "--no-analysis", "--quiet");
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.ToString());
        foreach (string name in new[] { "students.csv", "therapists.csv", "weeks.csv", "scenario.resolved.json" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(straight, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, name))), name);
        }
    }

    [Fact]
    public async Task SigtermStopsAnAnalysisWhichWritesNothing()
    {
        string data = _folder["data"];
        var run = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", data, "--replications", "40", "--no-weeks", "--no-analysis", "--quiet");
        Assert.True(run.ExitCode == 0, run.ToString());
        string report = _folder["report"];

        CliResult stopped;
        using (var analyze = OtsimProcess.Start(_folder.Path, "analyze", data, "--out", report))
        {
            // The analysis of 8,640 rows (mixed models, charts) takes seconds; the signal comes while it works.
            await analyze.ExpectErrorLineAsync("Analysing ");
            await Task.Delay(TimeSpan.FromSeconds(0.5));
            await analyze.SignalAsync("TERM");
            stopped = await analyze.WaitAsync();
        }

        Assert.True(stopped.ExitCode == 130, stopped.ToString());
        Assert.Single(Regex.Matches(stopped.StdErr, "Stopping"));
        Assert.DoesNotContain("Report:", stopped.StdOut, StringComparison.Ordinal);
        Assert.False(Directory.Exists(report), "the analysis wrote its folder although it was stopped");
        Assert.Empty(_folder.StagingLeftovers());
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"Resuming: (\d+) of 120 cells")]
    private static partial Regex ResumingLine();
}
