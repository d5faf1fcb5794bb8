namespace OtSim.EndToEnd.Tests;

/// <summary>
/// An --out that cannot be written is refused in one line (exit 2) before any silo starts, and nothing is left.
/// The tests run as root, for whom file permissions do not stop a write, so the unwritable places are ones even root
/// cannot write: a path through a file, a name longer than the file system allows, and sysfs (/sys).
/// </summary>
public sealed class OutputPathErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task APathThroughAFileIsRefused()
    {
        string file = _folder["notes.txt"];
        await File.WriteAllTextAsync(file, "mine");

        var result = await RunAsync(Path.Combine(file, "results"));

        AssertRefused(result, $"{file} is a file, so no results folder can be made inside it");
        Assert.Equal("mine", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task ATooLongPathIsRefused()
    {
        var result = await RunAsync(Path.Combine(_folder.Path, new string('a', 300), "results"));

        AssertRefused(result, "the path is too long");
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task AFolderEvenRootCannotWriteIsRefused()
    {
        string output = $"/sys/otsim-e2e-{Guid.NewGuid():N}";

        var result = await RunAsync(output);

        AssertRefused(result, "the results folder cannot be written there");
        Assert.False(Directory.Exists(output));
    }

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> RunAsync(string output) =>
        Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--quiet");

    private static void AssertRefused(CliResult result, string expected)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Single(result.StdErr.Trim().Split('\n'));
        Assert.StartsWith("error: --out ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains(expected, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        // Refused before the silo starts: the run never announced itself.
        Assert.DoesNotContain("Running ", result.StdErr, StringComparison.Ordinal);
    }
}
