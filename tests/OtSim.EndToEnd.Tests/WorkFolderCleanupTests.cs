namespace OtSim.EndToEnd.Tests;

/// <summary>
/// A kill during the work folder's cleanup must not cost finished results. The states a kill leaves are made by
/// hand: the old cleanup deleted <c>.otsim-work</c> in place (a kill could leave <c>parts/</c> without manifest or
/// run description); the new one renames it away first (a kill leaves a <c>.otsim-work.discarded-*</c> folder).
/// </summary>
public sealed class WorkFolderCleanupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task FinishedResultsBesideAHalfDeletedWorkFolderAreNotReplacedWithoutOverwrite()
    {
        string output = await FinishedRunAsync("half-deleted");
        byte[] students = await File.ReadAllBytesAsync(Path.Combine(output, "students.csv"));
        string parts = Path.Combine(output, ".otsim-work", "parts");
        Directory.CreateDirectory(parts);
        await File.WriteAllTextAsync(Path.Combine(parts, "d000000-p000-r00001.students.csv"), "1,2,3\n");

        var other = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--seed", "7", "--no-analysis", "--quiet");

        Assert.True(other.ExitCode == 2, other.ToString());
        Assert.Contains("already exists and is not empty; add --overwrite", other.StdErr, StringComparison.Ordinal);
        Assert.Equal(students, await File.ReadAllBytesAsync(Path.Combine(output, "students.csv")));
    }

    [Fact]
    public async Task WithOverwriteTheLeftoversAreClearedAndTheNewRunPublished()
    {
        string output = await FinishedRunAsync("leftovers");
        Directory.CreateDirectory(Path.Combine(output, ".otsim-work", "parts"));
        string discarded = Path.Combine(output, ".otsim-work.discarded-4242-0123456789abcdef", "parts");
        Directory.CreateDirectory(discarded);
        await File.WriteAllTextAsync(Path.Combine(discarded, "d000000-p000-r00001.students.csv"), "1,2,3\n");

        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--seed", "7", "--no-analysis", "--overwrite", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            ["scenario.resolved.json", "students.csv", "therapists.csv", "weeks.csv"],
            Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(File.ReadAllLines(Path.Combine(output, "students.csv")).Skip(1), row => Assert.Equal("7", row.Split(',')[6]));
    }

    [Fact]
    public async Task AnUnfinishedRunOfAnotherScenarioIsRefusedNamingWhatDiffers()
    {
        string output = _folder["unfinished"];
        using (var run = OtsimProcess.Start(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "40", "--no-analysis"))
        {
            await run.ExpectErrorLineAsync(" cells ");
            await run.SignalAsync("TERM");
            var stopped = await run.WaitAsync();
            Assert.True(stopped.ExitCode == 130, stopped.ToString());
        }

        var other = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "40", "--seed", "7", "--no-weeks", "--no-analysis", "--quiet");

        Assert.True(other.ExitCode == 2, other.ToString());
        Assert.Contains("differs from this one in weeks.csv (on there, off here), seed (2026 there, 7 here)", other.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("fingerprint", other.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> FinishedRunAsync(string name)
    {
        string output = _folder[name];
        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--no-analysis", "--quiet");
        Assert.True(result.ExitCode == 0, result.ToString());
        return output;
    }
}
