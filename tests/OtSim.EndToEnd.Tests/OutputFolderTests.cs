namespace OtSim.EndToEnd.Tests;

/// <summary>Where results land: replacing a folder with --overwrite, and a folder whose parents do not exist yet.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task OverwriteReplacesTheOldFolderAndLeavesNothingBeside()
    {
        string output = _folder["out"];
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "old-results.csv"), "stale");

        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--no-weeks", "--overwrite", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            ["analysis.json", "report.html", "scenario.resolved.json", "students.csv", "therapists.csv"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["out"], Directory.GetDirectories(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task RelativeOutputWithMissingParentsIsCreatedUnderTheWorkingDirectory()
    {
        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", Path.Combine("a", "b", "run1"), "--replications", "1", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        string output = _folder[Path.Combine("a", "b", "run1")];
        Assert.True(File.Exists(Path.Combine(output, "students.csv")), result.ToString());
        Assert.Contains($"Results: {output}", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(["run1"], Directory.GetFileSystemEntries(_folder["a/b"]).Select(Path.GetFileName));
    }

    public void Dispose() => _folder.Dispose();
}
