using OtSim.Model.Calendar;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;
using OtSim.Model.Stepping;

namespace OtSim.Model.Tests;

/// <summary>
/// Group sessions, with values worked out by hand. Every scenario here has one therapist, no absences and no
/// disruptions, so each school week is the same plan; the demo calendar has 32 school weeks.
/// </summary>
public sealed class GroupSessionTests
{
    private const int SchoolWeeks = 32;

    /// <summary>One school of <paramref name="classrooms"/> classrooms with 4 students each; capacity = contract - workload a week.</summary>
    private static Scenario Quiet(int classrooms, double contract, double workload, PolicySpec policy)
    {
        var scenario = TestScenarios.With(schools: 1, classroomsPerSchool: classrooms, studentsPerClassroom: 4, therapists: 1, policies: policy);
        return scenario with
        {
            District = scenario.District with { StudentAbsenceRate = 0 },
            Calendar = scenario.Calendar with { DisruptionRate = 0 },
            Staffing = scenario.Staffing with
            {
                AbsenceRate = 0, ContractMinutesPerFte = contract, WorkloadMinutesPerFte = workload, TravelMinutesPerVisit = 0,
            },
        };
    }

    private static TherapistCaseload Year(Scenario scenario)
    {
        var caseload = new TherapistCaseload(scenario, scenario.Policies[0], 1, 1);
        foreach (var period in ReviewPeriod.Of(scenario.Calendar))
        {
            caseload.PlanPeriod(period);
        }
        return caseload;
    }

    private static PolicySpec Blanket(double direct, int sessions, int groupSize) =>
        TestScenarios.Blanket("groups", direct: direct, sessions: sessions) with { GroupSize = groupSize };

    [Fact]
    public void AGroupOfThreeCostsTheTherapistOneSessionAndEachStudentKeepsTheirMinutes()
    {
        // 4 students, 30 direct minutes each, groups of 3 in seat order: {1, 2, 3} and {4}: 60 therapist minutes a week
        // for 120 student minutes. Capacity 2,250 - 678 = 1,572 is ample.
        var year = Year(Quiet(1, 2250, 678, Blanket(30, 1, 3))).Figures();
        Assert.Equal(120.0 * SchoolWeeks, year.DeliveredMinutes, 6);
        Assert.Equal(60.0 * SchoolWeeks, year.TherapistMinutes, 6);
        Assert.Equal(60.0 * SchoolWeeks, year.GroupSavedMinutes, 6);
        Assert.Equal(120.0 * SchoolWeeks, year.DemandMinutes, 6);
    }

    [Fact]
    public void GroupsFormPerSessionOfTheWeekAndNeverAcrossClassroomsOrLengths()
    {
        // Two 15-minute sessions a week, groups of 2: {1, 2} and {3, 4} for each session: 4 x 15 = 60 therapist minutes.
        Assert.Equal(60.0 * SchoolWeeks, Year(Quiet(1, 2250, 678, Blanket(30, 2, 2))).Figures().TherapistMinutes, 6);

        // Two classrooms of 4, groups of up to 8: one group per classroom, 2 x 30 = 60 therapist minutes for 240 student minutes.
        var two = Year(Quiet(2, 2250, 678, Blanket(30, 1, 8))).Figures();
        Assert.Equal(60.0 * SchoolWeeks, two.TherapistMinutes, 6);
        Assert.Equal(240.0 * SchoolWeeks, two.DeliveredMinutes, 6);

        // Student 101 has 20 minutes, the others 30, groups of 4: {101} and {102, 103, 104}: 50 therapist minutes.
        var plans = new Dictionary<long, ServiceMinutes> { [101] = new(20, 0, 0) };
        var perStudent = new PolicySpec("mixed", PolicyKind.PerStudent, new ServiceMinutes(30, 0, 0), 1, Plans: plans, GroupSize: 4);
        Assert.Equal(50.0 * SchoolWeeks, Year(Quiet(1, 2250, 678, perStudent)).Figures().TherapistMinutes, 6);
    }

    [Fact]
    public void AShortWeekShortensGroupSessionsByTheirTherapistMinutes()
    {
        // Capacity 600 - 555 = 45 a week. Groups {1, 2, 3} and {4} need 60 therapist minutes: 45 / 60 = 0.75, which keeps
        // minSessionFraction, so both sessions shrink to 22.5 minutes: 4 x 22.5 = 90 student minutes for 45 therapist
        // minutes, 7.5 owed per student and no spare capacity to make it up. Individually (120 minutes) sessions would rotate.
        var year = Year(Quiet(1, 600, 555, Blanket(30, 1, 3)));
        Assert.Equal(90.0 * SchoolWeeks, year.Figures().DeliveredMinutes, 3);
        Assert.Equal(45.0 * SchoolWeeks, year.Figures().TherapistMinutes, 3);
        Assert.All(year.Log, s => Assert.Equal(22.5 * SchoolWeeks, s.Delivered(0), 3));
    }

    [Fact]
    public void WhenSessionsRotateAWholeGroupIsDeliveredOrDropped()
    {
        // Capacity 40: 40 / 60 < 0.75, so whole groups rotate. The rotation point is the school week mod 4 (students 0-3):
        // week 0 starts at the group of student 0 ({1, 2, 3}: 30 minutes, 10 left, {4} dropped); weeks 1-3 start at the
        // first group whose first student is at or after the point, {4}, and then {1, 2, 3} no longer fits.
        var scenario = Quiet(1, 600, 560, Blanket(30, 1, 3));
        var calendar = new SchoolCalendar(scenario.Calendar);
        var year = Year(scenario);
        for (int week = 0; week < calendar.Weeks; week++)
        {
            int schoolWeek = calendar.SchoolWeekIndex(week);
            if (schoolWeek < 0)
            {
                continue;
            }
            float first = schoolWeek % 4 == 0 ? 30 : 0;
            Assert.Equal(first, year.Log[0].Direct(week));
            Assert.Equal(first, year.Log[2].Direct(week));
            Assert.Equal(30 - first, year.Log[3].Direct(week));
        }
        // 8 weeks of the group of three (90 student minutes) and 24 of the single student (30): no make-ups in rotating weeks.
        Assert.Equal(8 * 90.0 + 24 * 30.0, year.Figures().DeliveredMinutes, 6);
        Assert.Equal(32 * 30.0, year.Figures().TherapistMinutes, 6);
    }

    [Fact]
    public void GroupSizeOneIsTheIndividualModel()
    {
        var individual = Year(Quiet(1, 600, 555, TestScenarios.Blanket("one", direct: 30))).Figures();
        var groupOfOne = Year(Quiet(1, 600, 555, Blanket(30, 1, 1))).Figures();
        Assert.Equal(individual.DeliveredMinutes, groupOfOne.DeliveredMinutes);
        Assert.Equal(0, groupOfOne.GroupSavedMinutes);
        Assert.Equal(groupOfOne.DeliveredMinutes, groupOfOne.TherapistMinutes);
    }
}
