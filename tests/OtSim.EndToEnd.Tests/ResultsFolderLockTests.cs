namespace OtSim.EndToEnd.Tests;

/// <summary>
/// One run per results folder, publishing included: a second run into the same --out is refused (exit 2) with the
/// holder's pid and start time, and the first finishes with every file in place.
/// </summary>
public sealed class ResultsFolderLockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ASecondRunIntoTheSameFolderIsRefusedAndNamesTheFirst()
    {
        string output = _folder["shared"];
        // 600 cells: long enough that the first run is still working when the second one starts, even on a busy machine.
        using var first = OtsimProcess.Start(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "200", "--no-weeks", "--no-analysis");
        await first.ExpectErrorLineAsync(" cells ");

        var second = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "200", "--no-weeks", "--no-analysis", "--quiet");
        var firstResult = await first.WaitAsync();

        Assert.True(second.ExitCode == 2, second.ToString());
        Assert.Contains($"is in use by another OtSim run (pid {first.Id}, started ", second.StdErr, StringComparison.Ordinal);
        Assert.Single(second.StdErr.Trim().Split('\n'));
        Assert.DoesNotContain("Results:", second.StdOut, StringComparison.Ordinal);
        Assert.True(firstResult.ExitCode == 0, firstResult.ToString());
        Assert.Equal(
            ["scenario.resolved.json", "students.csv", "therapists.csv"],
            Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(1 + 72 * 3 * 200, File.ReadAllLines(Path.Combine(output, "students.csv")).Length);
    }

    [Fact]
    public async Task ALockLeftByAKilledRunDoesNotBlockTheNextOne()
    {
        // kill -9 leaves the lock files; the OS lock went with the process, so the folder is free.
        string output = _folder["after-kill"];
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, ".otsim-lock"), "");
        await File.WriteAllTextAsync(Path.Combine(output, ".otsim-lock.owner"), "pid 999999, started 2026-01-01 00:00:00 UTC on gone\n");

        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--no-analysis", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            ["scenario.resolved.json", "students.csv", "therapists.csv", "weeks.csv"],
            Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
