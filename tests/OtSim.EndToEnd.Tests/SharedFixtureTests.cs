using System.Text.RegularExpressions;

namespace OtSim.EndToEnd.Tests;

/// <summary>
/// tests/fixtures-shared/otsim-students.csv is what the simulator produces today: the command in the folder's
/// README.md is run and its students.csv must equal the fixture (the statistics tests hold R's fits of that file).
/// </summary>
public sealed partial class SharedFixtureTests
{
    private static string Shared => Path.Combine(Otsim.RepositoryRoot, "tests", "fixtures-shared");

    [Fact]
    public async Task Shared_students_fixture_is_what_the_simulator_produces_now()
    {
        var command = DocumentedCommand().Match(await File.ReadAllTextAsync(Path.Combine(Shared, "README.md")));
        Assert.True(command.Success, "tests/fixtures-shared/README.md no longer shows the `dotnet run --project client -- run ... --out DIR` command");
        using var folder = new TempFolder();
        var args = command.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.StartsWith("scenarios/", StringComparison.Ordinal) ? Path.Combine(Otsim.RepositoryRoot, a) : a)
            .Concat(["--out", folder["run"], "--quiet"])
            .ToArray();

        var result = await Otsim.RunAsync(folder.Path, args);

        Assert.True(result.ExitCode == 0, result.ToString());
        var produced = await File.ReadAllLinesAsync(Path.Combine(folder["run"], "students.csv"));
        var fixture = await File.ReadAllLinesAsync(Path.Combine(Shared, "otsim-students.csv"));
        int first = Enumerable.Range(0, Math.Min(produced.Length, fixture.Length)).FirstOrDefault(i => produced[i] != fixture[i], -1);
        Assert.True(
            first < 0 && produced.Length == fixture.Length,
            first < 0
                ? $"the simulator wrote {produced.Length} lines, the fixture has {fixture.Length}"
                : $"line {first + 1} differs (regenerate as tests/fixtures-shared/README.md says):\n  simulator: {produced[first]}\n  fixture:   {fixture[first]}");
    }

    [GeneratedRegex(@"dotnet run --project client -- (?<args>run .+?) --out \S+")]
    private static partial Regex DocumentedCommand();
}
