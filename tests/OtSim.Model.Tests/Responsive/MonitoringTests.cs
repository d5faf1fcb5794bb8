using System.Text.Json.Nodes;
using OtSim.Model.Engine;
using OtSim.Model.Progress;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;
using OtSim.Model.Stepping;

namespace OtSim.Model.Tests.Responsive;

/// <summary>Progress monitoring as scenario data: how often data points are collected, what they cost, how noisy they are.</summary>
public sealed class MonitoringTests
{
    private static Scenario Parse(Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(TestScenarios.DemoPath))!.AsObject();
        edit(json);
        return ScenarioLoader.Parse(json.ToJsonString(), "demo.json", ".");
    }

    [Fact]
    public void WithoutAMonitoringBlockDataPointsComeEverySecondSchoolWeekForFree()
    {
        var demo = Parse(_ => { });
        Assert.Equal(MonitoringSpec.Default, demo.Monitoring);
        Assert.Equal(new MonitoringSpec(2, 0, 1, 1), MonitoringSpec.Default);
        // School weeks are 0-based: the second, fourth, ... school week collects.
        Assert.Equal([1, 3, 5], Enumerable.Range(0, 7).Where(MonitoringSpec.Default.IsCollectionWeek));
        Assert.False(MonitoringSpec.Default.IsCollectionWeek(-1));
    }

    [Fact]
    public void TheBlockIsReadValidatedAndWrittenBack()
    {
        var scenario = Parse(j => j["monitoring"] = new JsonObject
        {
            ["everySchoolWeeks"] = 3, ["minutesPerDataPoint"] = 4, ["offRoutineNoiseFactor"] = 2, ["offRoutineCostFactor"] = 1.5,
        });
        Assert.Equal(new MonitoringSpec(3, 4, 2, 1.5), scenario.Monitoring);
        Assert.Equal([2, 5, 8], Enumerable.Range(0, 10).Where(scenario.Monitoring!.IsCollectionWeek));
        var again = ScenarioLoader.Parse(ScenarioWriter.ToJson(scenario), "resolved.json", ".");
        Assert.Equal(scenario.Monitoring, again.Monitoring);
        Assert.Equal(ScenarioWriter.ToJson(scenario), ScenarioWriter.ToJson(again));

        var error = Assert.Throws<ScenarioException>(() => Parse(j => j["monitoring"] = new JsonObject { ["everySchoolWeeks"] = 0 }));
        Assert.Contains("monitoring.everySchoolWeeks", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<ScenarioException>(() => Parse(j => j["monitoring"] = new JsonObject { ["minutesPerProbe"] = 3 }));
        Assert.Contains("monitoring.minutesPerProbe", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 1.0)]
    [InlineData(0, 2.0)]
    public void EachDataPointTakesItsMinutesFromTheTherapistsCapacity(int routineBlocks, double expectedFactor)
    {
        // One therapist, 4 x 6 x 4 = 96 students; 32 school weeks, a data point every 4th: 8 collection weeks.
        // Capacity falls by 5 minutes x 96 students x 8 weeks = 3,840 minutes, doubled when the goal is not in the routine.
        var plain = TestScenarios.With(therapists: 1);
        plain = plain with { District = plain.District with { RoutineBlocksPerWeek = routineBlocks } };
        var costly = plain with { Monitoring = new MonitoringSpec(4, 5, 1, 2) };
        var free = plain with { Monitoring = new MonitoringSpec(4, 0, 1, 2) };
        var engine = new PlainLoopEngine(parallel: false);
        var before = engine.RunCell(free, new SimulationCell(0, 1), includeWeeks: false).Therapists[0];
        var after = engine.RunCell(costly, new SimulationCell(0, 1), includeWeeks: false).Therapists[0];
        Assert.Equal(96, before.Caseload);
        Assert.Equal(5 * 96 * 8 * expectedFactor, before.CapacityMinutes - after.CapacityMinutes, 6);
    }

    [Fact]
    public void DataPointsAreNoisierWhenTheGoalActivityIsNotInTheRoutine()
    {
        // The demo's first two weeks are school weeks: one period of two weeks ends with a data point in its last
        // week, so the point minus the classroom's true performance after the period is the measurement noise.
        var scenario = TestScenarios.With() with { Calendar = TestScenarios.Demo().Calendar with { ReviewPeriodWeeks = 2 } };
        scenario = scenario with { District = scenario.District with { RoutineBlocksPerWeek = 0 } };
        var noise1 = NoiseOfFirstDataPoints(scenario with { Monitoring = new MonitoringSpec(2, 0, 1, 1) });
        var noise3 = NoiseOfFirstDataPoints(scenario with { Monitoring = new MonitoringSpec(2, 0, 3, 1) });
        Assert.Equal(noise1.Length, noise3.Length);
        Assert.Contains(noise1, e => Math.Abs(e) > 0.5);
        for (int i = 0; i < noise1.Length; i++)
        {
            Assert.Equal(3 * noise1[i], noise3[i], 3);
        }
        // With the goal activity in the routine the factor does not apply.
        var inRoutine = scenario with { District = scenario.District with { RoutineBlocksPerWeek = 10 } };
        Assert.Equal(
            NoiseOfFirstDataPoints(inRoutine with { Monitoring = new MonitoringSpec(2, 0, 1, 1) }),
            NoiseOfFirstDataPoints(inRoutine with { Monitoring = new MonitoringSpec(2, 0, 3, 1) }));
    }

    private static double[] NoiseOfFirstDataPoints(Scenario scenario)
    {
        var period = ReviewPeriod.Of(scenario.Calendar)[0];
        var caseload = new TherapistCaseload(scenario, scenario.Policies[0], 1, 1);
        var services = caseload.PlanPeriod(period)[0];
        var classroom = new ClassroomState(scenario, 1, services.ClassroomId, 1, includeWeeks: false);
        var observations = classroom.Advance(services);
        Assert.Equal([1], observations.ProbeWeeks);
        var performance = classroom.Performance;
        return [.. Enumerable.Range(0, performance.Count).Select(i => observations.Probes[i] - performance[i])];
    }
}
