namespace OtSim.EndToEnd.Tests;

/// <summary>Same scenario and seed, same bytes: across runs, and between the Orleans and plain-loop engines.</summary>
public sealed class ReproducibilityTests(DemoRunFixture demo) : IClassFixture<DemoRunFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task TwoRunsWithTheSameSeedAreByteIdentical()
    {
        var second = await RunDemoAsync("again");
        AssertSameFiles(demo.OutputPath, second);
    }

    [Fact]
    public async Task PlainEngineWritesTheSameBytesAsTheOrleansEngine()
    {
        var plain = await RunDemoAsync("plain", "--engine", "plain");
        AssertSameFiles(demo.OutputPath, plain);
    }

    [Fact]
    public async Task ADifferentSeedGivesADifferentDataset()
    {
        var other = await RunDemoAsync("seed7", "--seed", "7");
        var before = File.ReadAllLines(Path.Combine(demo.OutputPath, "students.csv"));
        var after = File.ReadAllLines(Path.Combine(other, "students.csv"));
        Assert.Equal(before[0], after[0]);
        Assert.Equal(before.Length, after.Length);
        Assert.All(after.Skip(1), row => Assert.Equal("7", row.Split(',')[6]));
        // Not only the seed column: the students themselves are drawn anew.
        static string Progress(string row) => row.Split(',')[22];
        int changed = before.Skip(1).Zip(after.Skip(1)).Count(p => Progress(p.First) != Progress(p.Second));
        Assert.True(changed > (before.Length - 1) * 9 / 10, $"only {changed} of {before.Length - 1} students' progress changed");
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> RunDemoAsync(string name, params string[] extra)
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.ToString());
        string output = _folder[name];
        var result = await Otsim.RunAsync(_folder.Path, ["run", Otsim.DemoScenario, "--out", output, "--replications", "1", "--quiet", .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return output;
    }

    private static void AssertSameFiles(string expectedFolder, string actualFolder)
    {
        var expected = Directory.GetFiles(expectedFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.GetFiles(actualFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.Contains("students.csv", expected);
        foreach (string? name in expected)
        {
            byte[] a = File.ReadAllBytes(Path.Combine(expectedFolder, name!));
            byte[] b = File.ReadAllBytes(Path.Combine(actualFolder, name!));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{name} differs between {expectedFolder} and {actualFolder}");
        }
    }
}
