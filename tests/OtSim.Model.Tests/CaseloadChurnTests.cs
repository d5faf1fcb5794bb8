using OtSim.Model.Calendar;
using OtSim.Model.District;
using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Progress;
using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests;

/// <summary>Students moving away during the year: the exit draw, service and progress stopping at exit, part-year outcomes.</summary>
public sealed class CaseloadChurnTests
{
    // The demo calendar: 36 weeks, holidays in (1-based) weeks 12, 17, 18 and 27, so 32 school weeks.
    private static readonly SchoolCalendar Calendar = new(TestScenarios.Demo().Calendar);

    private static Scenario Moving(double rate, params PolicySpec[] policies) =>
        TestScenarios.With(schools: 3, classroomsPerSchool: 4, studentsPerClassroom: 5, therapists: 2, policies: policies) with
        {
            Churn = new ChurnSpec(rate),
        };

    [Fact]
    public void WithNoRateEveryoneStaysAllYearAndNoStreamIsDrawn()
    {
        var stay = Enrollment.Draw(ChurnSpec.Off, Calendar, 7, 1, 101);
        Assert.Equal(new Enrollment(0, 36, ExitReason.None), stay);
        Assert.Equal(32, stay.SchoolWeeksServed(Calendar));
    }

    [Fact]
    public void TheExitWeekIsTheSchoolWeekGivenByTheStudentsOwnUniformDraw()
    {
        for (long id = 101; id <= 160; id++)
        {
            double u = new StreamRandom(7, 1, id, StreamPurpose.StudentExit).NextDouble();
            var drawn = Enrollment.Draw(new ChurnSpec(0.5), Calendar, 7, 1, id);
            if (u >= 0.5)
            {
                Assert.Equal(Enrollment.WholeYear(36), drawn);
                continue;
            }
            // By hand: school week k = 1 + floor(u / 0.5 * 31), then skip the holidays (0-based calendar weeks 11, 16, 17, 26).
            int k = 1 + (int)Math.Floor(u / 0.5 * 31);
            int calendarWeek = k + (k >= 11 ? 1 : 0) + (k >= 15 ? 2 : 0) + (k >= 23 ? 1 : 0);
            Assert.Equal(new Enrollment(0, calendarWeek, ExitReason.Moved), drawn);
            Assert.Equal(k, drawn.SchoolWeeksServed(Calendar));
        }
    }

    [Fact]
    public void SchoolWeeksOnTheCalendarSkipHolidays()
    {
        Assert.Equal(10, Enrollment.CalendarWeekOf(Calendar, 10));
        Assert.Equal(12, Enrollment.CalendarWeekOf(Calendar, 11));
        Assert.Equal(18, Enrollment.CalendarWeekOf(Calendar, 15));
        Assert.Equal(35, Enrollment.CalendarWeekOf(Calendar, 31));
    }

    [Fact]
    public void TheShareWhoMoveIsTheRate()
    {
        var churn = new ChurnSpec(0.2);
        int n = 20_000, moved = 0;
        for (long id = 0; id < n; id++)
        {
            moved += Enrollment.Draw(churn, Calendar, 11, 2, 100 + id).Reason == ExitReason.Moved ? 1 : 0;
        }
        // Binomial(20,000, 0.2): SD 56.6 students; four SDs either side.
        Assert.InRange(moved, 4000 - 227, 4000 + 227);
    }

    [Fact]
    public void AMoverIsPrescribedAndServedOnlyForTheWeeksOnTheCaseload()
    {
        var scenario = Moving(0.6, TestScenarios.Blanket("blanket-30", direct: 30, consult: 10, sessions: 1)) with
        {
            Staffing = TestScenarios.Demo().Staffing with { Therapists = 4, Fte = 1 },
        };
        var result = new PlainLoopEngine().RunCell(scenario, new SimulationCell(0, 1), includeWeeks: true);
        var movers = result.Students.Where(s => s.ExitReason == ExitReason.Moved).ToList();
        Assert.NotEmpty(movers);
        Assert.Contains(result.Students, s => s.ExitReason == ExitReason.None);
        foreach (var s in result.Students)
        {
            var enrollment = Enrollment.Draw(scenario.Churn, Calendar, scenario.Seed, 1, s.StudentId);
            int served = enrollment.SchoolWeeksServed(Calendar);
            // By hand: 30 direct and 10 consultation minutes a school week, for the school weeks served.
            Assert.Equal(30.0 * served, s.PrescribedDirect, 9);
            Assert.Equal(10.0 * served, s.PrescribedConsult, 9);
            Assert.Equal(1, s.EntryWeek);
            Assert.Equal(enrollment.Reason == ExitReason.Moved ? enrollment.ExitWeek + 1 : null, s.ExitWeek);
            var weeks = result.Weeks.Where(w => w.StudentId == s.StudentId).ToList();
            Assert.True(weeks.Count > 0);
            // weeks.csv has a row for each week on the caseload (holidays included) and none after the exit.
            Assert.Equal(enrollment.ExitWeek, weeks.Count);
            Assert.Equal(enrollment.ExitWeek, weeks[^1].Week);
            // Nothing is delivered after the exit, make-ups included; and what is delivered never exceeds the plan by more than make-ups.
            Assert.True(s.DeliveredTotal <= s.PrescribedTotal + 1e-6);
        }
    }

    [Fact]
    public void AMoversPerformanceStopsAtExitAndTheGoalIsProRatedToTheWeeksServed()
    {
        var scenario = Moving(0.6, TestScenarios.Blanket("blanket-30", direct: 30, sessions: 1));
        var result = new PlainLoopEngine().RunCell(scenario, new SimulationCell(0, 1), includeWeeks: true);
        var p = scenario.Parameters;
        foreach (var s in result.Students)
        {
            var enrollment = Enrollment.Draw(scenario.Churn, Calendar, scenario.Seed, 1, s.StudentId);
            double goal = p.GoalGainPoints * enrollment.SchoolWeeksServed(Calendar) / 32.0;
            Assert.Equal(s.Progress >= goal, s.GoalMet);
            // The rater judges against the same goal: level = round(2 (progress / goal - 1) + noise), noise from the GAS stream.
            double noise = new StreamRandom(scenario.Seed, 1, s.StudentId, StreamPurpose.GoalRating).NextNormal(0, p.GasRaterNoiseT / 10.0);
            int level = (int)Math.Clamp(Math.Round(2 * (s.Progress / goal - 1) + noise, MidpointRounding.AwayFromZero), -2, 2);
            Assert.Equal(level, s.GasLevel);
            // End performance is measured on the performance the student left with: the last weekly record, plus measurement noise.
            var last = result.Weeks.Where(w => w.StudentId == s.StudentId).Last();
            var measurement = new StreamRandom(scenario.Seed, 1, s.StudentId, StreamPurpose.Measurement);
            measurement.NextNormal();
            double end = Math.Clamp(last.Performance + measurement.NextNormal(0, p.MeasurementSd), 0, 100);
            // (the weekly record keeps performance in single precision)
            Assert.True(Math.Abs(end - s.EndPerformance) < 1e-4, $"student {s.StudentId}: {s.EndPerformance} measured, {end} from the last week");
        }
    }

    [Fact]
    public void ChurnColumnsAreWrittenAndEmptyWhenTheStudentStays()
    {
        Assert.Equal(["entry_week", "exit_week", "exit_reason"], StudentsCsv.Columns[^3..]);
        var scenario = Moving(0.6, TestScenarios.Blanket("blanket-30", direct: 30, sessions: 1));
        var result = new PlainLoopEngine().RunCell(scenario, new SimulationCell(0, 1), includeWeeks: false);
        var mover = result.Students.First(s => s.ExitReason == ExitReason.Moved);
        var stayer = result.Students.First(s => s.ExitReason == ExitReason.None);
        Assert.EndsWith($",1,{mover.ExitWeek},moved", StudentsCsv.Row(mover, "b", 1, 7), StringComparison.Ordinal);
        Assert.EndsWith(",1,,", StudentsCsv.Row(stayer, "b", 1, 7), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameStudentsMoveUnderEveryPolicyAndReviewPeriod()
    {
        var scenario = Moving(0.3, TestScenarios.Blanket("a", direct: 30), TestScenarios.Blanket("b", consult: 15));
        var engine = new PlainLoopEngine();
        var a = engine.RunCell(scenario, new SimulationCell(0, 1), false).Students.Select(s => (s.StudentId, s.ExitWeek)).ToList();
        var b = engine.RunCell(scenario, new SimulationCell(1, 1), false).Students.Select(s => (s.StudentId, s.ExitWeek)).ToList();
        Assert.Equal(a, b);
        var quarterly = scenario with { Calendar = scenario.Calendar with { ReviewPeriodWeeks = 9 } };
        var whole = engine.RunCell(scenario, new SimulationCell(0, 1), true);
        var stepped = engine.RunCell(quarterly, new SimulationCell(0, 1), true);
        Assert.Equal(whole.Students.Select(s => StudentsCsv.Row(s, "a", 1, 7)), stepped.Students.Select(s => StudentsCsv.Row(s, "a", 1, 7)));
        Assert.Equal(whole.Weeks.Select(w => WeeksCsv.Row(w, "a", 1, 7)), stepped.Weeks.Select(w => WeeksCsv.Row(w, "a", 1, 7)));
    }

    [Fact]
    public void TheChurnObjectIsReadCheckedAndWrittenBack()
    {
        string text = File.ReadAllText(TestScenarios.DemoPath);
        string with = text.TrimEnd().TrimEnd('}') + ", \"churn\": { \"moveAwayRatePerYear\": 0.12 } }";
        var scenario = ScenarioLoader.Parse(with, "demo.json", TestScenarios.RepoRoot);
        Assert.Equal(new ChurnSpec(0.12), scenario.Churn);
        var again = ScenarioLoader.Parse(ScenarioWriter.ToJson(scenario), "resolved.json", TestScenarios.RepoRoot);
        Assert.Equal(scenario.Churn, again.Churn);
        Assert.Equal(ChurnSpec.Off, ScenarioLoader.Parse(text, "demo.json", TestScenarios.RepoRoot).Churn);
        Assert.DoesNotContain("churn", ScenarioWriter.ToJson(TestScenarios.Demo()), StringComparison.Ordinal);

        string bad = text.TrimEnd().TrimEnd('}') + ", \"churn\": { \"moveAwayRatePerYear\": 1.5 } }";
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(bad, "demo.json", TestScenarios.RepoRoot));
        Assert.Contains("churn.moveAwayRatePerYear", error.Message, StringComparison.Ordinal);
        Assert.Contains("1.5", error.Message, StringComparison.Ordinal);
        string typo = text.TrimEnd().TrimEnd('}') + ", \"churn\": { \"moveAwayRate\": 0.1 } }";
        Assert.Contains("churn.moveAwayRate", Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(typo, "demo.json", TestScenarios.RepoRoot)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataPointsCostTherapistTimeOnlyForStudentsStillOnTheCaseload()
    {
        // Without sessions, no capacity is used up by the plan, so each therapist's capacity differs between a run with
        // free data points and one with 4 minutes a point by exactly 4 x the students on its caseload in each collection
        // week (every second school week), counted by hand from students.csv's exit weeks; movers cost nothing after exit.
        var none = new PolicySpec("none", PolicyKind.Blanket, new ServiceMinutes(0, 0, 0), 1);
        var free = Moving(0.5, none);
        var paid = free with { Monitoring = new MonitoringSpec(EverySchoolWeeks: 2, MinutesPerDataPoint: 4) };
        var engine = new PlainLoopEngine(parallel: false);
        var cell = new SimulationCell(0, 1);
        var withoutCost = engine.RunCell(free, cell, includeWeeks: false);
        var withCost = engine.RunCell(paid, cell, includeWeeks: false);
        Assert.Contains(withoutCost.Students, s => s.ExitReason == ExitReason.Moved);
        foreach (var therapist in withoutCost.Therapists)
        {
            double expected = 0;
            for (int week = 0; week < Calendar.Weeks; week++)
            {
                int school = Calendar.SchoolWeekIndex(week);
                if (school >= 0 && school % 2 == 1)
                {
                    // exit_week is the 1-based first week off the caseload.
                    expected += 4 * withoutCost.Students.Count(s => s.TherapistId == therapist.TherapistId && (s.ExitWeek is not { } exit || week < exit - 1));
                }
            }
            var paidTherapist = withCost.Therapists.Single(t => t.TherapistId == therapist.TherapistId);
            Assert.Equal(therapist.CapacityMinutes - expected, paidTherapist.CapacityMinutes, 6);
        }
    }
}
