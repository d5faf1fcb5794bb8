using System.Security.Cryptography;
using OtSim.Client.Engine;
using OtSim.Client.Running;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Grains.Tests;

/// <summary>
/// Every shipped scenario gives byte for byte the files of main before the stepped year (SHA-256 in
/// Fixtures/baseline-sha256.tsv, written by <c>otsim run --weeks</c> at commit 88af574), on the plain loop, one silo and
/// three silos, with the whole year as one review period and with quarterly reviews.
/// </summary>
[Collection(ClustersCollection.Name)]
public sealed class ByteIdentityTests(SingleSiloCluster single, ThreeSiloCluster three)
{
    private static readonly string[] Files = ["students.csv", "therapists.csv", "weeks.csv"];

    /// <summary>Scenarios shipped after the baseline was taken: they have no earlier files to match.</summary>
    private static readonly string[] AddedAfterBaseline = ["which-assumptions-matter", "responsive-vs-blanket"];

    public static TheoryData<string> Scenarios() =>
        [.. BaselineLines().Select(f => f[0]).Distinct().Order()];

    [Fact]
    public void EveryShippedScenarioIsInTheBaselineOrListedAsNewer()
    {
        var shipped = Directory.GetFiles(Path.Combine(TestScenarios.RepositoryRoot, "scenarios"), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)!).Order();
        Assert.Equal(shipped, BaselineLines().Select(f => f[0]).Distinct().Concat(AddedAfterBaseline).Order());
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task TheWholeYearMatchesMainOnEveryEngine(string name)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(TestScenarios.RepositoryRoot, "scenarios", name + ".json"));
        Assert.Equal(scenario.Calendar.Weeks, scenario.Calendar.ReviewPeriodWeeks);
        await AssertBaselineAsync(name, scenario, new PlainLoopEngine());
        await AssertBaselineAsync(name, scenario, new OrleansEngine(single.Grains));
        await AssertBaselineAsync(name, scenario, new OrleansEngine(three.Grains));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task QuarterlyReviewsMatchTheWholeYearOnEveryEngine(string name)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(TestScenarios.RepositoryRoot, "scenarios", name + ".json"));
        scenario = scenario with { Calendar = scenario.Calendar with { ReviewPeriodWeeks = 9 } };
        await AssertBaselineAsync(name, scenario, new PlainLoopEngine());
        await AssertBaselineAsync(name, scenario, new OrleansEngine(three.Grains));
    }

    [Fact]
    public async Task TheResponsiveScenarioWritesTheSameFilesOnEveryEngine()
    {
        // Newer than the baseline, so its engines are checked against each other, plan_changes.csv included.
        var scenario = ScenarioLoader.Load(Path.Combine(TestScenarios.RepositoryRoot, "scenarios", "responsive-vs-blanket.json"));
        string[] files = [.. Files, "plan_changes.csv"];
        var plain = await HashesAsync(scenario, new PlainLoopEngine(), files);
        Assert.Equal(plain, await HashesAsync(scenario, new OrleansEngine(single.Grains), files));
        Assert.Equal(plain, await HashesAsync(scenario, new OrleansEngine(three.Grains), files));
    }

    private static async Task<string[]> HashesAsync(Scenario scenario, ISimulationEngine engine, string[] files)
    {
        string folder = Path.Combine(Path.GetTempPath(), "otsim-byte-identity", Guid.NewGuid().ToString("N"));
        try
        {
            await RunPipeline.ExecuteAsync(scenario, engine, new RunOptions(folder, Weeks: true, Overwrite: false, ShowProgress: false, Parquet: false), null, CancellationToken.None);
            Assert.True(File.ReadAllLines(Path.Combine(folder, "plan_changes.csv")).Length > 1, "plan_changes.csv has no rows");
            return [.. files.Select(f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f)))))];
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static IEnumerable<string[]> BaselineLines() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "baseline-sha256.tsv")).Select(line => line.Split('\t'));

    private static async Task AssertBaselineAsync(string name, Scenario scenario, ISimulationEngine engine)
    {
        var expected = BaselineLines()
            .Where(f => f[0] == name)
            .ToDictionary(f => f[1], f => f[2]);
        Assert.Equal(Files, expected.Keys.Order());
        string folder = Path.Combine(Path.GetTempPath(), "otsim-byte-identity", Guid.NewGuid().ToString("N"));
        try
        {
            await RunPipeline.ExecuteAsync(scenario, engine, new RunOptions(folder, Weeks: true, Overwrite: false, ShowProgress: false, Parquet: false), null, CancellationToken.None);
            foreach (string file in Files)
            {
                string actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))));
                Assert.True(expected[file] == actual, $"{name}/{file} on {engine.GetType().Name} (review every {scenario.Calendar.ReviewPeriodWeeks} weeks) differs from main's");
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
