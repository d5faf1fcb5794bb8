using System.Text.Json.Nodes;
using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Progress;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;
using OtSim.Model.Stepping;

namespace OtSim.Model.Tests;

/// <summary>The year stepped in review periods: periods, period independence, what classrooms report and the therapist learns.</summary>
public sealed class SteppedYearTests
{
    private static Scenario WithPeriod(Scenario scenario, int? weeks) => scenario with { Calendar = scenario.Calendar with { ReviewPeriodWeeks = weeks } };

    private static (List<string> Students, List<string> Therapists, List<string> Weeks) Rows(Scenario scenario)
    {
        var students = new List<string>();
        var therapists = new List<string>();
        var weeks = new List<string>();
        var engine = new PlainLoopEngine();
        for (int p = 0; p < scenario.Policies.Count; p++)
        {
            var result = engine.RunCell(scenario, new SimulationCell(p, 1), includeWeeks: true);
            string policy = scenario.Policies[p].Name;
            students.AddRange(result.Students.Select(s => StudentsCsv.Row(s, policy, 1, scenario.Seed)));
            therapists.AddRange(result.Therapists.Select(t => TherapistsCsv.Row(t, policy, 1, scenario.Seed)));
            weeks.AddRange(result.Weeks.Select(w => WeeksCsv.Row(w, policy, 1, scenario.Seed)));
        }
        return (students, therapists, weeks);
    }

    [Fact]
    public void PeriodsCoverTheYearInOrderAndTheWholeYearIsTheDefault()
    {
        var calendar = TestScenarios.Demo().Calendar;
        Assert.Equal([new ReviewPeriod(0, 0, 36, true)], ReviewPeriod.Of(calendar with { ReviewPeriodWeeks = null }));
        Assert.Equal([new ReviewPeriod(0, 0, 36, true)], ReviewPeriod.Of(calendar with { ReviewPeriodWeeks = 36 }));
        Assert.Equal(
            [new ReviewPeriod(0, 0, 9, false), new ReviewPeriod(1, 9, 18, false), new ReviewPeriod(2, 18, 27, false), new ReviewPeriod(3, 27, 36, true)],
            ReviewPeriod.Of(calendar with { ReviewPeriodWeeks = 9 }));
        var tens = ReviewPeriod.Of(calendar with { ReviewPeriodWeeks = 10 });
        Assert.Equal([10, 10, 10, 6], tens.Select(p => p.Weeks));
        Assert.Equal(36, ReviewPeriod.Of(calendar with { ReviewPeriodWeeks = 1 }).Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(13)]
    public void WithoutAResponsivePolicyTheReviewPeriodChangesNoRow(int weeks)
    {
        // A short-staffed district, so shortened and dropped sessions and make-ups carry over period boundaries.
        var scenario = TestScenarios.With(therapists: 1, fte: 0.6) with { Calendar = TestScenarios.Demo().Calendar with { DisruptionRate = 0.1 } };
        var whole = Rows(WithPeriod(scenario, null));
        var stepped = Rows(WithPeriod(scenario, weeks));
        Assert.Equal(whole.Students, stepped.Students);
        Assert.Equal(whole.Therapists, stepped.Therapists);
        Assert.Equal(whole.Weeks, stepped.Weeks);
        Assert.True(whole.Students.Count > 0 && whole.Weeks.Count == whole.Students.Count * 36);
    }

    [Fact]
    public void AClassroomRefusesPeriodsOutOfOrderAndAnEarlyFinish()
    {
        var scenario = WithPeriod(TestScenarios.With(), 9);
        var periods = ReviewPeriod.Of(scenario.Calendar);
        var caseload = new TherapistCaseload(scenario, scenario.Policies[0], 1, 1);
        var first = caseload.PlanPeriod(periods[0])[0];
        var second = caseload.PlanPeriod(periods[1])[0];
        var classroom = new ClassroomState(scenario, 1, first.ClassroomId, 1, includeWeeks: false);

        var skipped = Assert.Throws<InvalidOperationException>(() => classroom.Advance(second));
        Assert.Equal($"Classroom {first.ClassroomId} is at week 1 but was sent the services of weeks 10-18.", skipped.Message);
        classroom.Advance(first);
        Assert.Throws<InvalidOperationException>(() => classroom.Advance(first));
        Assert.Contains("the year is not over", Assert.Throws<InvalidOperationException>(classroom.Finish).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => caseload.PlanPeriod(periods[1]));
    }

    [Fact]
    public async Task ClassroomsReportDataPointsThatMeasureTruePerformanceAndTheTherapistLearnsThem()
    {
        // Many students, so the measurement noise and observed attendance can be checked against what the model implies.
        var scenario = WithPeriod(TestScenarios.With(schools: 20, classroomsPerSchool: 6, studentsPerClassroom: 5, therapists: 10), 9);
        var calendar = new Calendar.SchoolCalendar(scenario.Calendar);
        var periods = ReviewPeriod.Of(scenario.Calendar);
        var caseload = new TherapistCaseload(scenario, scenario.Policies[0], 1, 1);
        var classrooms = Enumerable.Range(caseload.FirstClassroom, caseload.LastClassroom - caseload.FirstClassroom + 1)
            .Select(id => new ClassroomState(scenario, 1, id, 1, includeWeeks: true)).ToArray();
        var reports = new List<ClassroomReport>();
        var year = await YearDriver.RunAsync(caseload, periods, services =>
        {
            var report = classrooms[services.ClassroomId - caseload.FirstClassroom].Step(services);
            reports.Add(report);
            return Task.FromResult(report);
        });

        Assert.Equal(classrooms.Length * periods.Length, reports.Count);
        // A data point every second school week: 16 of the demo's 32 school weeks, the last in the last school week.
        Assert.Equal(calendar.SchoolWeeks / MonitoringSpec.Default.EverySchoolWeeks, reports.Where(r => r.Observations.ClassroomId == caseload.FirstClassroom).Sum(r => r.Observations.ProbeWeeks.Length));
        var errors = new List<double>();
        var attendance = new List<(double Observed, double Expected)>();
        var outcomes = year.Classrooms.SelectMany(c => c.Students).ToArray();
        var lastWeek = year.Classrooms.SelectMany(c => c.Weeks).Where(w => w.Week == 36).ToDictionary(w => w.StudentId, w => w.Performance);
        for (int i = 0; i < caseload.Caseload; i++)
        {
            Assert.Equal(16, caseload.Observed.DataPoints(i));
            // The last data point is the end-of-year true performance plus measurement noise.
            errors.Add(caseload.Observed.Latest(i) - lastWeek[outcomes[i].StudentId]);
            attendance.Add((caseload.Observed.Attendance(i), outcomes[i].AttendanceRate));
        }
        Assert.InRange(errors.Average(), -1.0, 1.0);
        double sd = Math.Sqrt(errors.Sum(e => e * e) / errors.Count);
        Assert.InRange(sd, 0.7 * scenario.Parameters.MeasurementSd, 1.3 * scenario.Parameters.MeasurementSd);
        Assert.InRange(attendance.Average(a => a.Observed) - attendance.Average(a => a.Expected), -0.02, 0.02);
        // Students progress over the year, so the trend the therapist sees is upward on average.
        Assert.True(Enumerable.Range(0, caseload.Caseload).Average(caseload.Observed.TrendPerWeek) > 0);
    }

    [Fact]
    public void TheReviewPeriodIsReadValidatedAndWrittenResolved()
    {
        var json = JsonNode.Parse(File.ReadAllText(TestScenarios.DemoPath))!.AsObject();
        Assert.Null(json["calendar"]!["reviewPeriodWeeks"]);
        var demo = ScenarioLoader.Parse(json.ToJsonString(), "demo.json", ".");
        Assert.Equal(36, demo.Calendar.ReviewPeriodWeeks);
        Assert.Contains("\"reviewPeriodWeeks\": 36", ScenarioWriter.ToJson(demo), StringComparison.Ordinal);

        json["calendar"]!["reviewPeriodWeeks"] = 9;
        Assert.Equal(9, ScenarioLoader.Parse(json.ToJsonString(), "demo.json", ".").Calendar.ReviewPeriodWeeks);
        json["calendar"]!["reviewPeriodWeeks"] = 40;
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(json.ToJsonString(), "bad.json", "."));
        Assert.Contains("calendar.reviewPeriodWeeks", error.Message, StringComparison.Ordinal);
        Assert.Contains("40", error.Message, StringComparison.Ordinal);
    }
}
