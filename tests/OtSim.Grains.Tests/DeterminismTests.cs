using Orleans.Runtime;
using OtSim.Client.Engine;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Grains.Tests;

/// <summary>The same scenario and seed must give the same rows whichever engine and however many silos run it.</summary>
[Collection(ClustersCollection.Name)]
public sealed class DeterminismTests(SingleSiloCluster single, ThreeSiloCluster three)
{
    private static readonly Scenario Scenario = TestScenarios.SmallDemo(schools: 2, replications: 2);

    [Fact]
    public async Task OneSiloThreeSilosAndPlainLoopGiveIdenticalRows()
    {
        var plain = await TestScenarios.RunAsync(new PlainLoopEngine(), Scenario);
        var oneSilo = await TestScenarios.RunAsync(new OrleansEngine(single.Grains), Scenario);
        var threeSilos = await TestScenarios.RunAsync(new OrleansEngine(three.Grains), Scenario);

        // 2 schools x 8 classrooms x 3 students, 3 policies x 2 replications.
        Assert.Equal(48 * 3 * 2, plain.Students.Count);
        Assert.Equal(2 * 3 * 2, plain.Therapists.Count);
        Assert.Equal(48 * 36 * 3 * 2, plain.Weeks.Count);

        Assert.Equal(plain.Students, oneSilo.Students);
        Assert.Equal(plain.Therapists, oneSilo.Therapists);
        Assert.Equal(plain.Weeks, oneSilo.Weeks);

        Assert.Equal(plain.Students, threeSilos.Students);
        Assert.Equal(plain.Therapists, threeSilos.Therapists);
        Assert.Equal(plain.Weeks, threeSilos.Weeks);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(10)]
    public async Task EveryReviewPeriodGivesTheWholeYearsRowsOnEveryEngine(int weeks)
    {
        // No policy responds to observations yet, so how often therapist and classrooms exchange them changes nothing.
        var stepped = Scenario with { Calendar = Scenario.Calendar with { ReviewPeriodWeeks = weeks } };
        var whole = await TestScenarios.RunAsync(new PlainLoopEngine(), Scenario);
        var plain = await TestScenarios.RunAsync(new PlainLoopEngine(), stepped);
        var oneSilo = await TestScenarios.RunAsync(new OrleansEngine(single.Grains), stepped);
        var threeSilos = await TestScenarios.RunAsync(new OrleansEngine(three.Grains), stepped);
        foreach (var rows in new[] { plain, oneSilo, threeSilos })
        {
            Assert.Equal(whole.Students, rows.Students);
            Assert.Equal(whole.Therapists, rows.Therapists);
            Assert.Equal(whole.Weeks, rows.Weeks);
        }
    }

    [Fact]
    public async Task AResponsivePolicyGivesIdenticalRowsAndPlanChangesOnEveryEngine()
    {
        // Plans now depend on the data points classrooms report, so the exchange each review carries the decisions.
        var scenario = ScenarioLoader.Load(Path.Combine(TestScenarios.RepositoryRoot, "scenarios", "responsive-vs-blanket.json"));
        scenario = scenario with { District = scenario.District with { Schools = 3 }, Replications = 2 };
        var plain = await TestScenarios.RunAsync(new PlainLoopEngine(), scenario);
        var oneSilo = await TestScenarios.RunAsync(new OrleansEngine(single.Grains), scenario);
        var threeSilos = await TestScenarios.RunAsync(new OrleansEngine(three.Grains), scenario);
        Assert.NotEmpty(plain.PlanChanges);
        Assert.All(plain.PlanChanges, row => Assert.StartsWith("responsive,", row, StringComparison.Ordinal));
        foreach (var rows in new[] { oneSilo, threeSilos })
        {
            Assert.Equal(plain.Students, rows.Students);
            Assert.Equal(plain.Therapists, rows.Therapists);
            Assert.Equal(plain.Weeks, rows.Weeks);
            Assert.Equal(plain.PlanChanges, rows.PlanChanges);
        }
    }

    [Fact]
    public async Task ADifferentSeedGivesDifferentRowsOnEveryEngine()
    {
        var other = Scenario with { Seed = Scenario.Seed + 1 };
        var original = await TestScenarios.RunAsync(new PlainLoopEngine(), Scenario);
        var plain = await TestScenarios.RunAsync(new PlainLoopEngine(), other);
        var oneSilo = await TestScenarios.RunAsync(new OrleansEngine(single.Grains), other);

        Assert.Equal(original.Students.Count, plain.Students.Count);
        // Every student's draw changes, not just the seed column: compare the rows without the seed.
        var withoutSeed = (IReadOnlyList<string> rows) => rows.Select(r => r.Replace($",{Scenario.Seed},", ",", StringComparison.Ordinal)
            .Replace($",{other.Seed},", ",", StringComparison.Ordinal)).ToList();
        var before = withoutSeed(original.Students);
        var after = withoutSeed(plain.Students);
        int changed = before.Zip(after).Count(pair => pair.First != pair.Second);
        Assert.True(changed > before.Count * 9 / 10, $"only {changed} of {before.Count} student rows changed with the seed");
        Assert.NotEqual(withoutSeed(original.Weeks), withoutSeed(plain.Weeks));

        Assert.Equal(plain.Students, oneSilo.Students);
        Assert.Equal(plain.Therapists, oneSilo.Therapists);
        Assert.Equal(plain.Weeks, oneSilo.Weeks);
    }

    [Fact]
    public async Task ClassroomGrainsSpreadOverSeveralSilosOfTheThreeSiloCluster()
    {
        // Therapist grains are placed at random and each places its classrooms on its own silo: with 8 therapists, the
        // chance that all land on one of 3 silos is 3 / 3^8 (1 in 2,187).
        var scenario = Scenario with { Seed = 77, Staffing = Scenario.Staffing with { Therapists = 8 } };
        await TestScenarios.RunAsync(new OrleansEngine(three.Grains), scenario);
        string runId = OrleansEngine.RunIdOf(ScenarioWriter.ToJson(scenario));

        var management = three.Grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: true);
        Assert.Equal(3, hosts.Count);

        var stats = await management.GetDetailedGrainStatistics();
        var classrooms = stats
            .Where(s => s.GrainType.Contains(nameof(ClassroomGrain), StringComparison.Ordinal))
            .Where(s => s.GrainId.Key.ToString()!.StartsWith(runId + "/", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(16, classrooms.Count);
        var silos = classrooms.GroupBy(s => s.SiloAddress).ToList();
        Assert.True(silos.Count > 1, $"all {classrooms.Count} classroom grains of run {runId} activated on {silos[0].Key}");
    }
}
