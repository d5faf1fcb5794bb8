using System.Text.Json.Nodes;
using OtSim.Model.Engine;
using OtSim.Model.Policies;
using OtSim.Model.Progress;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;
using OtSim.Model.Stepping;

namespace OtSim.Model.Tests.Responsive;

/// <summary>The responsive policy read from a scenario and run through the stepped year.</summary>
public sealed class ResponsivePolicyTests
{
    internal static PolicySpec Responsive(ResponsiveSpec? spec = null, double direct = 30) =>
        new("responsive", PolicyKind.Responsive, new ServiceMinutes(direct, 0, 0), 1, Responsive: spec ?? ResponsiveSpec.Default);

    internal static Scenario Quarterly(params PolicySpec[] policies)
    {
        var scenario = TestScenarios.With(schools: 6, therapists: 4, policies: policies);
        return scenario with { Calendar = scenario.Calendar with { ReviewPeriodWeeks = 9 } };
    }

    private static Scenario Parse(Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(TestScenarios.DemoPath))!.AsObject();
        json["calendar"]!["reviewPeriodWeeks"] = 9;
        json["policies"]!.AsArray().Add(new JsonObject { ["name"] = "responsive", ["kind"] = "responsive", ["direct"] = 30, ["sessionsPerWeek"] = 1 });
        edit(json);
        return ScenarioLoader.Parse(json.ToJsonString(), "demo.json", ".");
    }

    [Fact]
    public void APolicyIsReadWithDefaultsAndWrittenBack()
    {
        var scenario = Parse(_ => { });
        var policy = scenario.Policies[^1];
        Assert.Equal(PolicyKind.Responsive, policy.Kind);
        Assert.Equal(new ResponsiveSpec(3, 15, 60, ResponsiveStep.MoreMinutes, 13, 3), policy.Responsive);
        scenario = Parse(j => j["policies"]![3]!["responsive"] = new JsonObject { ["step"] = "push-in", ["capMinutes"] = 45 });
        Assert.Equal(ResponsiveSpec.Default with { Step = ResponsiveStep.PushIn, CapMinutes = 45 }, scenario.Policies[^1].Responsive);
        string json = ScenarioWriter.ToJson(scenario);
        Assert.Contains("\"step\": \"push-in\"", json, StringComparison.Ordinal);
        var again = ScenarioLoader.Parse(json, "resolved.json", ".");
        Assert.Equal(scenario.Policies[^1], again.Policies[^1]);
        Assert.Equal(json, ScenarioWriter.ToJson(again));
    }

    [Fact]
    public void ByServerityStartingPlansAreAllowed()
    {
        var scenario = Parse(j => j["policies"]![3]!["bySeverity"] = new JsonObject
        {
            ["mild"] = new JsonObject { ["direct"] = 15 }, ["moderate"] = new JsonObject { ["direct"] = 30 }, ["severe"] = new JsonObject { ["direct"] = 45 },
        });
        var policy = scenario.Policies[^1];
        Assert.Equal(45, policy.BySeverity![SeverityBand.Severe].Direct);
        var severe = District.ProfileGenerator.Classroom(scenario.District, scenario.Seed, 1, 1).First(s => s.Band == SeverityBand.Severe);
        Assert.Equal(45, PlanResolver.Resolve(policy, severe).Weekly.Direct);
        string json = ScenarioWriter.ToJson(scenario);
        Assert.Equal(json, ScenarioWriter.ToJson(ScenarioLoader.Parse(json, "resolved.json", ".")));
    }

    [Fact]
    public void BadFieldsAndAYearWithoutReviewsAreRefusedWithOneLine()
    {
        var error = Assert.Throws<ScenarioException>(() => Parse(j => j["calendar"]!["reviewPeriodWeeks"] = 36));
        Assert.Equal(
            "demo.json: calendar.reviewPeriodWeeks: 36 (the whole year) is not allowed; policy \"responsive\" is responsive and changes plans only at reviews between periods; give a period shorter than the year, e.g. 9 for quarterly reviews.",
            error.Message);
        error = Assert.Throws<ScenarioException>(() => Parse(j => j["policies"]![3]!["responsive"] = new JsonObject { ["step"] = "more" }));
        Assert.Contains("policies[3].responsive.step", error.Message, StringComparison.Ordinal);
        Assert.Contains("more-minutes, push-in", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<ScenarioException>(() => Parse(j => j["policies"]![0]!["responsive"] = new JsonObject()));
        Assert.Contains("policies[0].responsive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAimLineStartsAtTheMeasuredBaselineAndCountsSchoolWeeks()
    {
        var scenario = Quarterly(Responsive());
        var caseload = new TherapistCaseload(scenario, scenario.Policies[0], 1, 1);
        var year = PlainRun(scenario, caseload);
        var responsive = caseload.Responsive!;
        var outcomes = year.Classrooms.SelectMany(c => c.Students).ToArray();
        double goal = scenario.Parameters.GoalGainPoints;
        Assert.Equal(14, goal);
        for (int i = 0; i < outcomes.Length; i++)
        {
            Assert.Equal(outcomes[i].Baseline, responsive.BaselineOf(i));
            // Weeks 1-9 are school weeks; of weeks 1-18, 12, 17 and 18 are holidays: 9 and 15 of the year's 32.
            Assert.Equal(outcomes[i].Baseline + goal * 9 / 32, responsive.AimAt(i, 9), 10);
            Assert.Equal(outcomes[i].Baseline + goal * 15 / 32, responsive.AimAt(i, 18), 10);
        }
    }

    [Fact]
    public void PlansChangeAtReviewsAndTheLogFollowsThem()
    {
        var scenario = Quarterly(Responsive(ResponsiveSpec.Default with { BelowAimPoints = 1 }));
        var calendar = new Calendar.SchoolCalendar(scenario.Calendar);
        int students = 0;
        var reasons = new List<PlanChangeReason>();
        for (int t = 1; t <= scenario.Staffing.Therapists; t++)
        {
            var caseload = new TherapistCaseload(scenario, scenario.Policies[0], 1, t);
            var year = PlainRun(scenario, caseload);
            var outcomes = year.Classrooms.SelectMany(c => c.Students).ToArray();
            Assert.Equal(caseload.PlanChanges, year.PlanChanges);
            for (int i = 0; i < caseload.Caseload; i++, students++)
            {
                var changes = year.PlanChanges.Where(c => c.StudentId == outcomes[i].StudentId).ToList();
                reasons.AddRange(changes.Select(c => c.Reason));
                Assert.All(changes, c => Assert.Contains(c.Week, new[] { 10, 19, 28 }));
                // The plan in force each school week, replayed from the changes: prescribed minutes are its sum.
                double direct = 0, consult = 0;
                var plan = new ServiceMinutes(30, 0, 0);
                for (int week = 0; week < 36; week++)
                {
                    var change = changes.FirstOrDefault(c => c.Week == week + 1);
                    if (change is not null)
                    {
                        Assert.Equal(plan, change.Before);
                        plan = change.After;
                    }
                    if (calendar.SchoolWeekIndex(week) >= 0)
                    {
                        direct += plan.Direct;
                        consult += plan.Consult;
                    }
                    if (plan.Total == 0)
                    {
                        Assert.Equal(0, caseload.Log[i].Direct(week) + caseload.Log[i].Weekly[week * ServiceYear.Stride + 2]);
                    }
                }
                Assert.Equal(direct, outcomes[i].PrescribedDirect, 6);
                Assert.Equal(consult, outcomes[i].PrescribedConsult, 6);
            }
        }
        Assert.Equal(6 * 6 * 4, students);
        Assert.Contains(PlanChangeReason.BelowAimLine, reasons);
        Assert.All(reasons, r => Assert.NotEqual(PlanChangeReason.MovedIntoRoutine, r));
    }

    [Fact]
    public void AGenerousGoalFadesAndDismissesStudentsWhoStopGettingServiceAndDataCosts()
    {
        // A goal of 1 point a year is met early by many: met at two reviews in a row (weeks 9 and 18, or 18 and 27),
        // faded at week 19 or 28; those faded at 19 are dismissed at the next review, week 28.
        var scenario = Quarterly(Responsive());
        scenario = scenario with
        {
            Parameters = scenario.Parameters with { GoalGainPoints = 1 },
            Monitoring = new MonitoringSpec(2, 3, 1, 1),
        };
        var caseload = new TherapistCaseload(scenario, scenario.Policies[0], 1, 1);
        var year = PlainRun(scenario, caseload);
        var faded = year.PlanChanges.Where(c => c.Reason == PlanChangeReason.GoalMetFade).ToList();
        var dismissed = year.PlanChanges.Where(c => c.Reason == PlanChangeReason.Dismissed).ToList();
        Assert.NotEmpty(dismissed);
        Assert.All(faded, c => Assert.Equal(new ServiceMinutes(0, 0, 13), c.After));
        Assert.All(faded, c => Assert.Contains(c.Week, new[] { 19, 28 }));
        Assert.All(dismissed, c => Assert.Equal((28, new ServiceMinutes(0, 0, 13), default(ServiceMinutes)), (c.Week, c.Before, c.After)));
        Assert.Equal(faded.Where(c => c.Week == 19).Select(c => c.StudentId), dismissed.Select(c => c.StudentId));
        Assert.Equal(caseload.Caseload - dismissed.Count, caseload.Responsive!.InService);
        var weeks = Enumerable.Range(0, caseload.Caseload).Select(caseload.Responsive.DismissalWeek).ToArray();
        Assert.Equal(dismissed.Count, weeks.Count(w => w == 28));
        Assert.Equal(caseload.Caseload - dismissed.Count, weeks.Count(w => w is null));
    }

    internal static CaseloadYear PlainRun(Scenario scenario, TherapistCaseload caseload)
    {
        var classrooms = Enumerable.Range(caseload.FirstClassroom, caseload.LastClassroom - caseload.FirstClassroom + 1)
            .Select(id => new ClassroomState(scenario, 1, id, caseload.TherapistId, includeWeeks: false)).ToArray();
        return YearDriver.RunAsync(caseload, ReviewPeriod.Of(scenario.Calendar),
            s => Task.FromResult(classrooms[s.ClassroomId - caseload.FirstClassroom].Step(s))).GetAwaiter().GetResult();
    }
}
