using System.Security.Cryptography;
using OtSim.Client.Engine;
using OtSim.Client.Running;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Grains.Tests;

/// <summary>
/// A caseload that moves (students leaving, referrals evaluated and joining) gives byte-identical files on the plain loop,
/// one silo and three silos, with the whole year as one review period and with quarterly reviews.
/// </summary>
[Collection(ClustersCollection.Name)]
public sealed class ChurnDeterminismTests(SingleSiloCluster single, ThreeSiloCluster three)
{
    private static readonly string[] Files = ["students.csv", "therapists.csv", "weeks.csv", "evaluations.csv"];

    private static readonly Scenario Scenario = TestScenarios.SmallDemo(schools: 2, replications: 2) with
    {
        Churn = new ChurnSpec(MoveAwayRatePerYear: 0.3, ReferralsPerSchoolPerWeek: 0.5, TimelineExcludesBreaksOverSchoolDays: 5),
    };

    [Theory]
    [InlineData(36)]
    [InlineData(9)]
    public async Task OneSiloThreeSilosAndPlainLoopWriteIdenticalFiles(int reviewWeeks)
    {
        var scenario = Scenario with { Calendar = Scenario.Calendar with { ReviewPeriodWeeks = reviewWeeks } };
        var plain = await HashesAsync(scenario, new PlainLoopEngine());
        Assert.Equal(plain, await HashesAsync(scenario, new OrleansEngine(single.Grains)));
        Assert.Equal(plain, await HashesAsync(scenario, new OrleansEngine(three.Grains)));
    }

    [Fact]
    public async Task TheFilesShowMoversEntrantsAndEvaluations()
    {
        var rows = await TestScenarios.RunAsync(new OrleansEngine(three.Grains), Scenario);
        Assert.Contains(rows.Students, row => row.EndsWith(",moved", StringComparison.Ordinal));
        Assert.Contains(rows.Students, row => !row.EndsWith(",1,,", StringComparison.Ordinal) && !row.EndsWith(",moved", StringComparison.Ordinal));
        var cell = await new OrleansEngine(three.Grains).RunCellAsync(Scenario, new SimulationCell(0, 1), includeWeeks: false, CancellationToken.None);
        Assert.NotEmpty(cell.Evaluations);
        Assert.Equal(cell.Students.Count, cell.Therapists.Sum(t => t.Caseload));
    }

    private static async Task<string[]> HashesAsync(Scenario scenario, ISimulationEngine engine)
    {
        string folder = Path.Combine(Path.GetTempPath(), "otsim-churn-identity", Guid.NewGuid().ToString("N"));
        try
        {
            await RunPipeline.ExecuteAsync(scenario, engine, new RunOptions(folder, Weeks: true, Overwrite: false, ShowProgress: false, Parquet: false), null, CancellationToken.None);
            return Files.Select(f => f + " " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f))))).ToArray();
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
