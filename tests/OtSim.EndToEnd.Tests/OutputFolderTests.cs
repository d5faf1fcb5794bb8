namespace OtSim.EndToEnd.Tests;

/// <summary>Where results land: replacing a folder with --overwrite, and a folder whose parents do not exist yet.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task OverwriteReplacesOtSimsOwnFilesAndKeepsTheUsersOthers()
    {
        string output = _folder["out"];
        var first = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--quiet");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(File.Exists(Path.Combine(output, "weeks.csv")));
        await File.WriteAllTextAsync(Path.Combine(output, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(output, "thesis"));
        await File.WriteAllTextAsync(Path.Combine(output, "thesis", "ch1.tex"), "mine too");

        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--no-weeks", "--overwrite", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            ["analysis.json", "design_points.csv", "notes.txt", "report.html", "scenario.resolved.json", "students.csv", "therapists.csv"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("mine too", await File.ReadAllTextAsync(Path.Combine(output, "thesis", "ch1.tex")));
        Assert.Equal(["out"], Directory.GetDirectories(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task OverwriteRefusesAFolderThatDoesNotHoldOtSimResults()
    {
        string output = _folder["mine"];
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "notes.txt"), "mine");

        var result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--overwrite", "--quiet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not hold OtSim results", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
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
