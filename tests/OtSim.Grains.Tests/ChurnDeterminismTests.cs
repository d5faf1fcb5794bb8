using OtSim.Client.Engine;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Grains.Tests;

/// <summary>A caseload that moves (students leaving, quarterly reviews) gives the same rows on the plain loop, one silo and three silos.</summary>
[Collection(ClustersCollection.Name)]
public sealed class ChurnDeterminismTests(SingleSiloCluster single, ThreeSiloCluster three)
{
    private static readonly Scenario Scenario = TestScenarios.SmallDemo(schools: 2, replications: 2) with
    {
        Churn = new ChurnSpec(MoveAwayRatePerYear: 0.3),
    };

    [Theory]
    [InlineData(36)]
    [InlineData(9)]
    public async Task OneSiloThreeSilosAndPlainLoopGiveIdenticalRows(int reviewWeeks)
    {
        var scenario = Scenario with { Calendar = Scenario.Calendar with { ReviewPeriodWeeks = reviewWeeks } };
        var plain = await TestScenarios.RunAsync(new PlainLoopEngine(), scenario);
        var oneSilo = await TestScenarios.RunAsync(new OrleansEngine(single.Grains), scenario);
        var threeSilos = await TestScenarios.RunAsync(new OrleansEngine(three.Grains), scenario);

        // Some students moved, and the rows say so.
        Assert.Contains(plain.Students, row => row.EndsWith(",moved", StringComparison.Ordinal));
        foreach (var rows in new[] { oneSilo, threeSilos })
        {
            Assert.Equal(plain.Students, rows.Students);
            Assert.Equal(plain.Therapists, rows.Therapists);
            Assert.Equal(plain.Weeks, rows.Weeks);
        }
    }
}
