using OtSim.Model.Calendar;
using OtSim.Model.District;
using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;

namespace OtSim.Model.Tests;

/// <summary>Referrals, evaluations on a timeline, and eligible students joining the caseload.</summary>
public sealed class ReferralTests
{
    // The demo calendar: 36 weeks, holidays in 0-based weeks 11, 16, 17 and 26; 32 school weeks.
    private static readonly SchoolCalendar Calendar = new(TestScenarios.Demo().Calendar);

    private static Scenario Referring(ChurnSpec churn, int therapists = 2, double fte = 1, double direct = 30) =>
        TestScenarios.With(schools: 2, classroomsPerSchool: 3, studentsPerClassroom: 3, therapists: therapists, fte: fte,
            policies: TestScenarios.Blanket("blanket-30", direct: direct)) with { Churn = churn };

    [Fact]
    public void TheFederalTimelineIsSixtyDaysFromTheConsentWeek()
    {
        // By hand: day 60 after the Monday of the consent week falls in the 9th week on (8 x 7 = 56 <= 60 < 63).
        Assert.Equal(13, EvaluationTimeline.DueWeek(new ChurnSpec(), Calendar, 5));
        // New Hampshire, 45 days: 6 x 7 = 42 <= 45 < 49.
        Assert.Equal(11, EvaluationTimeline.DueWeek(new ChurnSpec(EvaluationTimelineDays: 45), Calendar, 5));
        // Calendar days count through holidays under the federal rule: consent in week 10, due in week 18.
        Assert.Equal(18, EvaluationTimeline.DueWeek(new ChurnSpec(), Calendar, 10));
    }

    [Fact]
    public void CaliforniaLeavesOutBreaksOfMoreThanFiveSchoolDays()
    {
        var california = new ChurnSpec(TimelineExcludesBreaksOverSchoolDays: 5);
        // By hand, consent in week 10: weeks 10-15 count (42 days; the one-week holiday 11 is 5 school days, not more),
        // the two-week break 16-17 does not, 18 and 19 make 56, and day 60 falls in week 20.
        Assert.Equal(20, EvaluationTimeline.DueWeek(california, Calendar, 10));
        // Consent in week 0: no long break before week 8, so the same as the federal rule.
        Assert.Equal(8, EvaluationTimeline.DueWeek(california, Calendar, 0));
    }

    [Fact]
    public void EvaluationsTakeSpareCapacityOldestConsentFirst()
    {
        var a = new Referral(1104, 11, 0, 2, 10, Eligible: true);
        var b = new Referral(1205, 12, 1, 3, 11, Eligible: false);
        var queue = new EvaluationQueue([(b, 7), (a, 3)], evaluationMinutes: 360);
        var found = new List<(int Week, int Slot)>();
        // Week 1: no consent yet, nothing spent.
        Assert.Equal(0, queue.Work(1, 200, s => found.Add((1, s))));
        // By hand: week 2 gives A 200 (160 left); week 3 finishes A (160) and gives B 40 (320 left);
        // week 4 gives B 200 (120 left); week 5 finishes B with 120 of the 200.
        Assert.Equal(200, queue.Work(2, 200, s => found.Add((2, s))));
        Assert.Equal(200, queue.Work(3, 200, s => found.Add((3, s))));
        Assert.Equal(200, queue.Work(4, 200, s => found.Add((4, s))));
        Assert.Equal(120, queue.Work(5, 200, s => found.Add((5, s))));
        Assert.Equal([(3, 3)], found);
        var records = queue.Records(classroom => (classroom - 1) / 10 + 1, 4);
        Assert.Equal(
            [new EvaluationRecord(1104, 11, 2, 4, 1, 3, 11, 4, true), new EvaluationRecord(1205, 12, 2, 4, 2, 4, 12, 6, false)],
            records);
        Assert.True(records[0].OnTime(36));
    }

    [Fact]
    public void AnEvaluationNeitherDoneNorDueInTheYearHasNoOnTimeValue()
    {
        Assert.False(new EvaluationRecord(1, 1, 1, 1, 20, 22, 30, null, null).OnTime(36));
        Assert.Null(new EvaluationRecord(1, 1, 1, 1, 30, 32, 40, null, null).OnTime(36));
        Assert.False(new EvaluationRecord(1, 1, 1, 1, 20, 22, 30, 31, true).OnTime(36));
    }

    [Fact]
    public void ReferralsArriveAtThePoissonRateIntoFurtherSeatsAndAShareIsEligible()
    {
        var scenario = Referring(new ChurnSpec(ReferralsPerSchoolPerWeek: 0.5)) with
        {
            District = TestScenarios.Demo().District with { Schools = 200, ClassroomsPerSchool = 3, StudentsPerClassroom = 3 },
        };
        var all = Enumerable.Range(1, 600).SelectMany(c => Referrals.OfClassroom(scenario, 1, c)).ToList();
        // 200 schools x 32 school weeks x 0.5 = 3,200 expected (Poisson: SD 56.6; four SDs either side).
        Assert.InRange(all.Count, 3200 - 226, 3200 + 226);
        // 70 % eligible: binomial SD about 26 of 3,200.
        Assert.InRange(all.Count(r => r.Eligible), 0.7 * all.Count - 104, 0.7 * all.Count + 104);
        foreach (var classroom in all.GroupBy(r => r.ClassroomId))
        {
            // Seats 4, 5, ... in referral order, never a holiday week, consent two weeks on.
            Assert.Equal(Enumerable.Range(4, classroom.Count()).Select(seat => DistrictLayout.StudentId(classroom.Key, seat)), classroom.Select(r => r.StudentId));
            Assert.All(classroom, r => Assert.True(Calendar.SchoolWeekIndex(r.ReferralWeek) >= 0));
            Assert.All(classroom, r => Assert.Equal(r.ReferralWeek + 2, r.ConsentWeek));
            Assert.True(classroom.Select(r => r.ReferralWeek).SequenceEqual(classroom.Select(r => r.ReferralWeek).Order()));
        }
    }

    [Fact]
    public void EligibleStudentsJoinTheCaseloadTheWeekAfterTheirEvaluationWithThePolicysPlan()
    {
        var scenario = Referring(new ChurnSpec(ReferralsPerSchoolPerWeek: 0.4));
        var result = new PlainLoopEngine().RunCell(scenario, new SimulationCell(0, 1), includeWeeks: true);
        Assert.NotEmpty(result.Evaluations);
        Assert.Equal(result.Evaluations.Select(e => e.StudentId).Order(), result.Evaluations.Select(e => e.StudentId));
        var students = result.Students.ToDictionary(s => s.StudentId);
        int entered = 0;
        foreach (var e in result.Evaluations)
        {
            // A light caseload (9 students at 30 minutes) has spare capacity for a 6-hour evaluation in the week of consent,
            // or the first school week after it.
            if (e.ConsentWeek <= 36)
            {
                int firstSchoolWeek = Enumerable.Range(e.ConsentWeek - 1, 37 - e.ConsentWeek).FirstOrDefault(w => Calendar.SchoolWeekIndex(w) >= 0, -1);
                Assert.Equal(firstSchoolWeek < 0 ? null : firstSchoolWeek + 1, e.CompletedWeek);
            }
            bool inFile = students.TryGetValue(e.StudentId, out var s);
            bool shouldEnter = e.Eligible == true && e.CompletedWeek < 36;
            Assert.Equal(shouldEnter, inFile);
            if (!shouldEnter)
            {
                continue;
            }
            entered++;
            Assert.Equal(e.CompletedWeek + 1, s!.EntryWeek);
            // By hand: 30 direct minutes for each school week from the entry week to the end of the year.
            int schoolWeeks = Enumerable.Range(s.EntryWeek - 1, 37 - s.EntryWeek).Count(w => Calendar.SchoolWeekIndex(w) >= 0);
            Assert.Equal(30.0 * schoolWeeks, s.PrescribedDirect, 9);
            Assert.Equal(s.Progress >= scenario.Parameters.GoalGainPoints * schoolWeeks / 32.0, s.GoalMet);
            Assert.Equal(s.EntryWeek, result.Weeks.First(w => w.StudentId == s.StudentId).Week);
        }
        Assert.True(entered > 0);
        Assert.Equal(18 + entered, result.Students.Count);
        Assert.Equal(18 + entered, result.Therapists.Sum(t => t.Caseload));
        Assert.Equal(18, result.Students.Count(s => s.EntryWeek == 1));
    }

    [Fact]
    public void ATherapistWithNoSpareCapacityEvaluatesNobodyAndIsLate()
    {
        // One 0.1 FTE therapist for 18 students at 60 minutes: demand far above capacity every week.
        var scenario = Referring(new ChurnSpec(ReferralsPerSchoolPerWeek: 0.4), therapists: 1, fte: 0.1, direct: 60);
        var result = new PlainLoopEngine().RunCell(scenario, new SimulationCell(0, 1), includeWeeks: false);
        Assert.NotEmpty(result.Evaluations);
        Assert.All(result.Evaluations, e => Assert.Null(e.CompletedWeek));
        Assert.Contains(result.Evaluations, e => e.OnTime(36) == false);
        Assert.Equal(18, result.Students.Count);
    }

    [Fact]
    public void EvaluationsCsvRowsSayOnTimeAndEligibleOnlyWhenKnown()
    {
        var prefix = Array.Empty<string>();
        string rows = EvaluationsCsv.Rows(
            [new EvaluationRecord(1104, 11, 2, 4, 1, 3, 11, 4, true), new EvaluationRecord(1205, 12, 2, 4, 30, 32, 40, null, null)], prefix, "p", 1, 7, 36);
        Assert.Equal("p,1,7,1104,11,2,4,1,3,11,4,1,1\np,1,7,1205,12,2,4,30,32,40,,,\n", rows);
        Assert.Equal("policy,replication,seed,student_id,classroom_id,school_id,therapist_id,referral_week,consent_week,due_week,completed_week,on_time,eligible", EvaluationsCsv.Header);
    }

    [Fact]
    public void ReferralFieldsAreReadCheckedAndWrittenBack()
    {
        string text = File.ReadAllText(TestScenarios.DemoPath);
        string with = text.TrimEnd().TrimEnd('}') + """
            , "churn": { "referralsPerSchoolPerWeek": 0.3, "consentDelayWeeks": 1, "evaluationHours": 8,
              "evaluationTimelineDays": 45, "timelineExcludesBreaksOverSchoolDays": 5, "eligibleShare": 0.6 } }
            """;
        var scenario = ScenarioLoader.Parse(with, "demo.json", TestScenarios.RepoRoot);
        Assert.Equal(new ChurnSpec(0, 0.3, 1, 8, 45, 5, 0.6), scenario.Churn);
        Assert.Equal(scenario.Churn, ScenarioLoader.Parse(ScenarioWriter.ToJson(scenario), "r.json", TestScenarios.RepoRoot).Churn);
        string bad = text.TrimEnd().TrimEnd('}') + ", \"churn\": { \"evaluationTimelineDays\": 0 } }";
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(bad, "demo.json", TestScenarios.RepoRoot));
        Assert.Contains("churn.evaluationTimelineDays", error.Message, StringComparison.Ordinal);

        // null is the federal rule, as leaving the field out is; a wrong type is still an error naming the field.
        string federal = text.TrimEnd().TrimEnd('}') + ", \"churn\": { \"referralsPerSchoolPerWeek\": 0.3, \"timelineExcludesBreaksOverSchoolDays\": null } }";
        Assert.Null(ScenarioLoader.Parse(federal, "demo.json", TestScenarios.RepoRoot).Churn.TimelineExcludesBreaksOverSchoolDays);
        string text5 = text.TrimEnd().TrimEnd('}') + ", \"churn\": { \"timelineExcludesBreaksOverSchoolDays\": \"five\" } }";
        error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text5, "demo.json", TestScenarios.RepoRoot));
        Assert.Contains("churn.timelineExcludesBreaksOverSchoolDays", error.Message, StringComparison.Ordinal);
    }
}
