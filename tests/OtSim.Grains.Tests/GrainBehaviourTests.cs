using Orleans.Concurrency;
using OtSim.Contracts;
using OtSim.Model.Engine;
using OtSim.Model.Progress;
using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;
using OtSim.Model.Stepping;

namespace OtSim.Grains.Tests;

/// <summary>What each grain answers, called directly on the single-silo cluster, against the pure model.</summary>
[Collection(ClustersCollection.Name)]
public sealed class GrainBehaviourTests(SingleSiloCluster cluster)
{
    // 1 school: 8 classrooms of 3 students; therapist 1 serves classrooms 1-4, therapist 2 serves 5-8. Quarterly reviews.
    private static readonly Scenario Scenario = TestScenarios.SmallDemo(schools: 1) is var s
        ? s with { Calendar = s.Calendar with { ReviewPeriodWeeks = 9 } }
        : throw new InvalidOperationException();

    private IGrainFactory Grains => cluster.Grains;

    [Fact]
    public async Task AClassroomAdvancesPeriodByPeriodExactlyAsTheModelAndReturnsItsYearAfterTheLast()
    {
        string runId = await RegisterAsync();
        var request = new CellRequest(1, 1, IncludeWeeks: true);
        var periods = ReviewPeriod.Of(Scenario.Calendar);
        Assert.Equal(4, periods.Length);
        var caseload = new TherapistCaseload(Scenario, Scenario.Policies[1], 1, 2);
        var model = new ClassroomState(Scenario, 1, 6, 2, includeWeeks: true);
        var grain = Grains.Classroom(new ClassroomKey(runId, 6));

        ClassroomReport? last = null;
        foreach (var period in periods)
        {
            var services = caseload.PlanPeriod(period)[1];
            Assert.Equal(6, services.ClassroomId);
            var expected = model.Step(services);
            last = (await grain.StepAsync(request, services.AsImmutable())).Value;
            Assert.Equal(expected.Observations.ProbeWeeks, last.Observations.ProbeWeeks);
            Assert.Equal(expected.Observations.Probes, last.Observations.Probes);
            Assert.Equal(expected.Observations.DaysPresent, last.Observations.DaysPresent);
            Assert.Equal(period.IsLast, last.Year is not null);
        }
        var year = last!.Year!;
        Assert.Equal([601L, 602L, 603L], year.Students.Select(s => s.StudentId));
        Assert.All(year.Students, s => Assert.Equal((6, 2), (s.ClassroomId, s.TherapistId)));
        Assert.Equal(3 * 36, year.Weeks.Count);

        // The end score is the last week's true performance plus the second draw of the student's measurement stream.
        var p = Scenario.Parameters;
        foreach (var student in year.Students)
        {
            var rng = new StreamRandom(Scenario.Seed, 1, student.StudentId, StreamPurpose.Measurement);
            rng.NextNormal();
            float trueEnd = year.Weeks.Single(w => w.StudentId == student.StudentId && w.Week == 36).Performance;
            Assert.Equal(Math.Clamp(trueEnd + rng.NextNormal(0, p.MeasurementSd), 0, 100), student.EndPerformance, 4);
            Assert.Equal(student.EndPerformance - student.Baseline, student.Progress, 12);
            Assert.Equal(student.Progress >= p.GoalGainPoints, student.GoalMet);
        }
        var plain = new PlainLoopEngine(parallel: false).RunCell(Scenario, new SimulationCell(1, 1), includeWeeks: true);
        Assert.Equal(plain.Students.Where(s => s.ClassroomId == 6), year.Students);
    }

    [Fact]
    public async Task AClassroomWithoutStateForALaterPeriodFailsSoTheCellIsRedone()
    {
        string runId = await RegisterAsync();
        var request = new CellRequest(0, 1, IncludeWeeks: false);
        var periods = ReviewPeriod.Of(Scenario.Calendar);
        var caseload = new TherapistCaseload(Scenario, Scenario.Policies[0], 1, 1);
        var first = caseload.PlanPeriod(periods[0])[0];
        var second = caseload.PlanPeriod(periods[1])[0];
        var grain = Grains.Classroom(new ClassroomKey(runId, 1));

        var lost = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.StepAsync(request, second.AsImmutable()));
        Assert.EndsWith(GrainErrors.CellStateLost, lost.Message, StringComparison.Ordinal);
        Assert.True(OtSim.Client.Engine.RetryingEngine.IsTransient(lost));

        await grain.StepAsync(request, first.AsImmutable());
        await grain.StepAsync(request, second.AsImmutable());
        // A repeated period (an abandoned attempt) is refused too; a new first period starts the cell afresh.
        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.StepAsync(request, second.AsImmutable()));
        var again = await grain.StepAsync(request, first.AsImmutable());
        Assert.Equal(new ClassroomState(Scenario, 1, 1, 1, false).Advance(first).Probes, again.Value.Observations.Probes);
    }

    [Fact]
    public async Task ATherapistReturnsWhatThePlainLoopComputesForItsCaseload()
    {
        string runId = await RegisterAsync();
        var year = (await Grains.Therapist(new TherapistKey(runId, 2)).RunCellAsync(new CellRequest(2, 1, IncludeWeeks: true))).Value;
        var plain = new PlainLoopEngine(parallel: false).RunCell(Scenario, new SimulationCell(2, 1), includeWeeks: true);

        Assert.Equal(plain.Therapists[1], year.Therapist);
        Assert.Equal([5, 6, 7, 8], year.Classrooms.Select(c => c.ClassroomId));
        Assert.Equal(plain.Students.Where(s => s.TherapistId == 2), year.Classrooms.SelectMany(c => c.Students));
        Assert.Equal(plain.Weeks.Where(w => w.ClassroomId >= 5), year.Classrooms.SelectMany(c => c.Weeks));
        // Run again (a redone cell): the same year.
        var again = (await Grains.Therapist(new TherapistKey(runId, 2)).RunCellAsync(new CellRequest(2, 1, IncludeWeeks: true))).Value;
        Assert.Equal(year.Classrooms.SelectMany(c => c.Students), again.Classrooms.SelectMany(c => c.Students));
    }

    [Fact]
    public async Task AClassroomOfAnUnregisteredRunFailsClearlyAndWorksOnceRegistered()
    {
        string runId = "unregistered" + Guid.NewGuid().ToString("N");
        var grain = Grains.Classroom(new ClassroomKey(runId, 1));
        var services = new TherapistCaseload(Scenario, Scenario.Policies[0], 1, 1).PlanPeriod(ReviewPeriod.Of(Scenario.Calendar)[0])[0];

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.StepAsync(new CellRequest(0, 1, false), services.AsImmutable()));
        Assert.Equal($"Run {runId} has no registered scenario.", error.Message);

        // A failed lookup must not stick: once the run is registered, the very next call works.
        await Grains.GetGrain<IRunGrain>(runId).RegisterAsync(ScenarioWriter.ToJson(Scenario));
        var report = await grain.StepAsync(new CellRequest(0, 1, false), services.AsImmutable());
        Assert.Equal(3, report.Value.Observations.DaysPresent.Length);
    }

    [Fact]
    public void KeysRoundTripAndMalformedKeysAreRefused()
    {
        var therapist = new TherapistKey("abc123", 41);
        Assert.Equal("abc123/41", therapist.ToString());
        Assert.Equal(therapist, TherapistKey.Parse(therapist.ToString()));
        Assert.Equal(new ClassroomKey("abc123", 9), ClassroomKey.Parse("abc123/9"));
        Assert.Throws<FormatException>(() => TherapistKey.Parse("abc123/2/7"));
        Assert.Throws<FormatException>(() => ClassroomKey.Parse("abc123/x"));
    }

    private async Task<string> RegisterAsync()
    {
        // A fresh run id per test, so no test sees grains another test activated.
        string runId = "behaviour" + Guid.NewGuid().ToString("N");
        await Grains.GetGrain<IRunGrain>(runId).RegisterAsync(ScenarioWriter.ToJson(Scenario));
        return runId;
    }
}
