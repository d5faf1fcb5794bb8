using OtSim.Model.Calendar;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;

namespace OtSim.Model.Tests;

public sealed class TherapistSchedulerTests
{
    /// <summary>The caseload of therapist 1 stepped through the whole year (services do not depend on observations).</summary>
    private static TherapistCaseload Schedule(Scenario scenario, PolicySpec policy)
    {
        var caseload = new TherapistCaseload(scenario, policy, 1, 1);
        foreach (var period in OtSim.Model.Stepping.ReviewPeriod.Of(scenario.Calendar))
        {
            caseload.PlanPeriod(period);
        }
        return caseload;
    }

    private static double Compliance(Scenario scenario)
    {
        var result = new PlainLoopEngine().RunCell(scenario, new SimulationCell(0, 1), includeWeeks: false);
        return result.Students.Sum(s => s.DeliveredTotal) / result.Students.Sum(s => s.PrescribedTotal);
    }

    [Fact]
    public void ACapacityShortfallLowersDeliveredMinutes()
    {
        var policy = TestScenarios.Blanket("b30", direct: 30);
        double ample = Compliance(TestScenarios.With(therapists: 4, policies: policy));
        double short1 = Compliance(TestScenarios.With(therapists: 1, fte: 0.8, policies: policy));
        double short2 = Compliance(TestScenarios.With(therapists: 1, fte: 0.4, policies: policy));
        Assert.True(ample > 0.85, $"ample staffing delivered only {ample:P0}");
        Assert.True(short1 < ample - 0.1, $"{short1:P0} vs {ample:P0}");
        Assert.True(short2 < short1, $"{short2:P0} vs {short1:P0}");
    }

    [Fact]
    public void DeliveredNeverExceedsCapacityInAnyWeek()
    {
        var scenario = TestScenarios.With(therapists: 1, fte: 0.5, policies: TestScenarios.Blanket("b60", direct: 60, sessions: 2));
        var year = Schedule(scenario, scenario.Policies[0]);
        var staffing = scenario.Staffing;
        double full = staffing.Fte * (staffing.ContractMinutesPerFte - staffing.WorkloadMinutesPerFte)
            - year.Schools * staffing.VisitsPerSchoolPerWeek * staffing.TravelMinutesPerVisit;
        for (int week = 0; week < scenario.Calendar.Weeks; week++)
        {
            double delivered = year.Log.Sum(s => s.Direct(week) + s.Integrated(week) + s.Consult(week));
            Assert.True(delivered <= full + 1e-3, $"week {week + 1}: {delivered} > {full}");
        }
        Assert.True(year.Figures().DeliveredMinutes < year.Figures().DemandMinutes);
    }

    [Fact]
    public void NoServiceInHolidaysAndPrescriptionsCountSchoolWeeksOnly()
    {
        var scenario = TestScenarios.With(policies: TestScenarios.Blanket("b30", direct: 30));
        var calendar = new SchoolCalendar(scenario.Calendar);
        var year = Schedule(scenario, scenario.Policies[0]);
        foreach (var student in year.Log)
        {
            Assert.Equal(30.0 * calendar.SchoolWeeks, student.PrescribedDirect, 6);
            foreach (int holiday in scenario.Calendar.HolidayWeeks)
            {
                Assert.Equal(0f, student.Direct(holiday - 1));
            }
        }
    }

    [Fact]
    public void ThreeToOneTurnsEveryFourthSchoolWeekIntoConsultation()
    {
        var policy = new PolicySpec("3:1", PolicyKind.ThreeToOne, new ServiceMinutes(30, 0, 0), 1);
        var scenario = TestScenarios.With(therapists: 6, policies: policy) with { Calendar = TestScenarios.Demo().Calendar with { DisruptionRate = 0 } };
        scenario = scenario with { Staffing = scenario.Staffing with { AbsenceRate = 0 } };
        var calendar = new SchoolCalendar(scenario.Calendar);
        var year = Schedule(scenario, policy);
        int fourthWeeks = calendar.SchoolWeeks / 4;
        var student = year.Log[0];
        Assert.Equal(30.0 * (calendar.SchoolWeeks - fourthWeeks), student.PrescribedDirect, 6);
        Assert.Equal(30.0 * fourthWeeks, student.PrescribedConsult, 6);
        for (int week = 0; week < calendar.Weeks; week++)
        {
            int schoolWeek = calendar.SchoolWeekIndex(week);
            if (schoolWeek >= 0 && schoolWeek % 4 == 3)
            {
                Assert.Equal(0f, student.Direct(week));
                Assert.Equal(30f, student.Consult(week));
            }
        }
    }

    [Fact]
    public void SessionsMissedByTheSchoolAreMadeUpWhenCapacityAllows()
    {
        var policy = TestScenarios.Blanket("b30", direct: 30);
        var calm = TestScenarios.With(therapists: 6, policies: policy);
        var disrupted = calm with { Calendar = calm.Calendar with { DisruptionRate = 0.3 } };
        var noMakeups = disrupted with { Parameters = disrupted.Parameters with { MakeupCapMinutesPerWeek = 0 } };
        double withMakeups = Compliance(disrupted);
        Assert.True(withMakeups > Compliance(noMakeups) + 0.1);
        Assert.True(withMakeups > Compliance(calm) - 0.05, "make-ups should recover most of what disruptions took");
    }

    [Fact]
    public void StudentAbsenceIsNotMadeUp()
    {
        var policy = TestScenarios.Blanket("b30", direct: 30);
        var scenario = TestScenarios.With(therapists: 6, policies: policy);
        scenario = scenario with
        {
            District = scenario.District with { StudentAbsenceRate = 0.3 },
            Calendar = scenario.Calendar with { DisruptionRate = 0 },
            Staffing = scenario.Staffing with { AbsenceRate = 0 },
        };
        double compliance = Compliance(scenario);
        Assert.InRange(compliance, 0.55, 0.8);
    }
}
