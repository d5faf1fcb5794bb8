using OtSim.Model.Engine;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;
using OtSim.Model.Stepping;

namespace OtSim.Model.Tests;

/// <summary>
/// Vacancies, coverage and contract fills, with values worked out by hand. One school, classrooms of 2 students, blanket
/// 30 minutes of pull-out in one session, no absences or disruptions, no travel, so every school week is the same.
/// The demo calendar's first 11 weeks are school weeks; it has 32 school weeks in all.
/// </summary>
public sealed class VacancyTests
{
    private const int SchoolWeeks = 32;

    private static Scenario Quiet(int therapists, int classrooms, double capacity, VacancySpec vacancies)
    {
        var scenario = TestScenarios.With(
            schools: 1, classroomsPerSchool: classrooms, studentsPerClassroom: 2, therapists: therapists,
            policies: TestScenarios.Blanket("b30", direct: 30));
        return scenario with
        {
            District = scenario.District with { StudentAbsenceRate = 0 },
            Calendar = scenario.Calendar with { DisruptionRate = 0 },
            Staffing = scenario.Staffing with
            {
                AbsenceRate = 0, ContractMinutesPerFte = 678 + capacity, WorkloadMinutesPerFte = 678, TravelMinutesPerVisit = 0,
                Vacancies = vacancies,
            },
        };
    }

    private static VacancySpec Vacant(double coverage, params VacantPosition[] positions) =>
        VacancySpec.None with { Positions = positions, CoverageShare = coverage };

    private static TherapistCaseload Year(Scenario scenario, int therapist)
    {
        var caseload = new TherapistCaseload(scenario, scenario.Policies[0], 1, therapist);
        foreach (var period in ReviewPeriod.Of(scenario.Calendar))
        {
            caseload.PlanPeriod(period);
        }
        return caseload;
    }

    [Fact]
    public void AnUncoveredVacancyMissesItsSessionsAndMakesThemUpAfterwards()
    {
        // Therapist 2 (classrooms 3-4, 4 students) is vacant in weeks 1-4 with no coverage: capacity 0, all 4 x 30 x 4 =
        // 480 minutes owed. From week 5 capacity 1,572 leaves spare for make-ups of at most 30 per student a week, so
        // each student's 120 owed minutes come back in weeks 5-8 (60 a week) and the year is whole again.
        var scenario = Quiet(2, 4, 1572, Vacant(0, new VacantPosition(2, 1, 4)));
        var year = Year(scenario, 2);
        foreach (var student in year.Log)
        {
            Assert.Equal([0f, 0f, 0f, 0f, 60f, 60f, 60f, 60f, 30f], Enumerable.Range(0, 9).Select(student.Direct));
        }
        var figures = year.Figures();
        Assert.Equal(4 * 30.0 * SchoolWeeks, figures.DeliveredMinutes, 6);
        Assert.Equal(1572.0 * (SchoolWeeks - 4), figures.CapacityMinutes, 6);
        Assert.Equal(4, figures.VacantWeeks);
        Assert.Equal(0, figures.CoveredMinutes);
        Assert.Equal(1572.0 * SchoolWeeks, Year(scenario, 1).Figures().CapacityMinutes, 6);
    }

    [Fact]
    public void ColleaguesInTheSameSchoolPoolAShareOfTheirCapacity()
    {
        // Coverage 0.25: therapist 1 keeps 0.75 x 1,572 = 1,179 in weeks 1-4 and gives 393 to therapist 2's caseload,
        // which needs 120 a week: all delivered by the colleague, 480 covered minutes.
        var scenario = Quiet(2, 4, 1572, Vacant(0.25, new VacantPosition(2, 1, 4)));
        var vacant = Year(scenario, 2).Figures();
        var donor = Year(scenario, 1).Figures();
        Assert.Equal(4 * 30.0 * SchoolWeeks, vacant.DeliveredMinutes, 6);
        Assert.Equal(480, vacant.CoveredMinutes, 6);
        Assert.Equal(4 * 393 + 1572.0 * (SchoolWeeks - 4), vacant.CapacityMinutes, 6);
        Assert.Equal(4 * 1179 + 1572.0 * (SchoolWeeks - 4), donor.CapacityMinutes, 6);
        Assert.Equal(0, donor.CoveredMinutes);
    }

    [Fact]
    public void ThinCoverageShortensSessionsAndTheShortfallIsOwed()
    {
        // Capacity 360, coverage 0.25: the vacant caseload gets 90 for 120 of demand, 0.75 of each session (the
        // minSessionFraction), so 22.5 minutes each in weeks 1-4 and 7.5 owed a week; week 5 makes up the 30 owed.
        var scenario = Quiet(2, 4, 360, Vacant(0.25, new VacantPosition(2, 1, 4)));
        var year = Year(scenario, 2);
        foreach (var student in year.Log)
        {
            Assert.Equal([22.5f, 22.5f, 22.5f, 22.5f, 60f, 30f], Enumerable.Range(0, 6).Select(student.Direct));
        }
        Assert.Equal(4 * 90.0, year.Figures().CoveredMinutes, 6);
    }

    [Fact]
    public void AVacantColleagueDoesNotDonateAndADonorSplitsItsShare()
    {
        // Three therapists in one school (2 classrooms each); 1 and 3 vacant in weeks 1-4, coverage 0.5. Therapist 2 sets
        // aside 0.5 x 1,572 = 786 and splits it: 393 each; therapist 3 gives nothing (it is vacant itself).
        var scenario = Quiet(3, 6, 1572, Vacant(0.5, new VacantPosition(1, 1, 4), new VacantPosition(3, 1, 4)));
        double rest = 1572.0 * (SchoolWeeks - 4);
        Assert.Equal(4 * 393 + rest, Year(scenario, 1).Figures().CapacityMinutes, 6);
        Assert.Equal(4 * 786 + rest, Year(scenario, 2).Figures().CapacityMinutes, 6);
        Assert.Equal(4 * 393 + rest, Year(scenario, 3).Figures().CapacityMinutes, 6);
    }

    [Fact]
    public void AContractTherapistFillsAfterTheWaitAndIsCosted()
    {
        // Vacant weeks 1-10, contract after 4 weeks at 2,000 a week: weeks 1-4 missed (480 owed, no coverage), weeks 5-10
        // worked by the contractor at full capacity, who makes up the owed minutes in weeks 5-8.
        var vacancies = Vacant(0, new VacantPosition(2, 1, 10)) with { ContractAfterWeeks = 4, ContractCostPerWeek = 2000 };
        var scenario = Quiet(2, 4, 1572, vacancies);
        var figures = Year(scenario, 2).Figures();
        Assert.Equal(10, figures.VacantWeeks);
        Assert.Equal(6, figures.ContractWeeks);
        Assert.Equal(12_000, figures.ContractCost);
        Assert.Equal(4 * 30.0 * SchoolWeeks, figures.DeliveredMinutes, 6);
        Assert.Equal(1572.0 * (SchoolWeeks - 4), figures.CapacityMinutes, 6);
        Assert.Equal(
            [PositionWeek.Vacant, PositionWeek.Vacant, PositionWeek.Vacant, PositionWeek.Vacant, PositionWeek.Contract],
            VacancySchedule.Of(scenario, 1, 2).Take(5));
    }

    [Fact]
    public void DrawnVacanciesAverageTheRateOfPositionWeeks()
    {
        // Rate 0.089 (AJOT 2008), 12-week vacancies in a 36-week year: each position is vacant with chance
        // 0.089 x 36 / 12 = 0.267 for 12 weeks, 3.2 weeks on average (standard error over 2,000 positions about 0.12).
        var scenario = Quiet(2, 4, 1572, VacancySpec.None with { Rate = 0.089, Weeks = 12 });
        var schedules = Enumerable.Range(1, 2000).Select(id => VacancySchedule.Of(scenario, 1, id)).ToArray();
        double mean = schedules.Average(s => s.Count(w => w == PositionWeek.Vacant));
        Assert.InRange(mean, 2.8, 3.6);
        Assert.All(schedules, s => Assert.Contains(s.Count(w => w == PositionWeek.Vacant), new[] { 0, 12 }));
        Assert.Equal(schedules[0], VacancySchedule.Of(scenario, 1, 1));
        Assert.NotEqual(
            Enumerable.Range(1, 50).Select(id => VacancySchedule.Of(scenario, 1, id).Count(w => w == PositionWeek.Vacant)),
            Enumerable.Range(1, 50).Select(id => VacancySchedule.Of(scenario, 2, id).Count(w => w == PositionWeek.Vacant)));
    }

    [Fact]
    public void WithoutVacanciesTheNewFiguresAreZero()
    {
        var result = new PlainLoopEngine().RunCell(Quiet(2, 4, 1572, VacancySpec.None), new SimulationCell(0, 1), includeWeeks: false);
        Assert.All(result.Therapists, t =>
        {
            Assert.Equal(0, t.VacantWeeks);
            Assert.Equal(0, t.CoveredMinutes);
            Assert.Equal(0, t.ContractWeeks);
            Assert.Equal(0, t.ContractCost);
        });
    }

    [Fact]
    public void TheShippedScenarioShowsCoverageContractsAndGroups()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(TestScenarios.RepoRoot, "scenarios", "vacancy-and-groups.json"));
        var engine = new PlainLoopEngine();
        var individual = engine.RunCell(scenario, new SimulationCell(0, 1), includeWeeks: false);
        var groups = engine.RunCell(scenario, new SimulationCell(1, 1), includeWeeks: false);
        // Therapist 2 is listed vacant in weeks 5-24 (20 weeks), a contractor comes after 8 of them.
        var vacant = individual.Therapists.Single(t => t.TherapistId == 2);
        Assert.True(vacant.VacantWeeks >= 20);
        Assert.True(vacant.ContractWeeks >= 12);
        Assert.Equal(vacant.ContractWeeks * 2600.0, vacant.ContractCost);
        Assert.True(vacant.CoveredMinutes > 0);
        // The same minutes in groups of 3 take far less therapist time than individually.
        Assert.True(groups.Therapists.Sum(t => t.TherapistMinutes) < 0.7 * individual.Therapists.Sum(t => t.TherapistMinutes));
        Assert.Equal(individual.Therapists.Sum(t => t.DemandMinutes), groups.Therapists.Sum(t => t.DemandMinutes));
    }
}
