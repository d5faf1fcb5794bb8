using OtSim.Model.Scenarios;

namespace OtSim.Client.Bench;

/// <summary>
/// The benchmark district, built in code from the shape of scenarios/workshop-demo.json: one policy (blanket-30),
/// one replication, 36 weeks. Only the number of schools and therapists grows with size; every school has 8
/// classrooms of 5 students on the caseload and every therapist a caseload of about 45.
/// </summary>
public static class BenchScenario
{
    /// <summary>Classrooms per school.</summary>
    public const int ClassroomsPerSchool = 8;

    /// <summary>Students on the caseload per classroom.</summary>
    public const int StudentsPerClassroom = 5;

    /// <summary>Target caseload per therapist.</summary>
    public const int CaseloadPerTherapist = 45;

    /// <summary>The scenario closest to <paramref name="students"/> students (a whole number of schools).</summary>
    public static Scenario Build(int students)
    {
        int perSchool = ClassroomsPerSchool * StudentsPerClassroom;
        int schools = Math.Max(1, (int)Math.Round(students / (double)perSchool));
        int actual = schools * perSchool;
        int therapists = Math.Max(1, (int)Math.Round(actual / (double)CaseloadPerTherapist));
        var calendar = new CalendarSpec(36, [12, 17, 18, 27], [31, 32], 0.02);
        var district = new DistrictSpec(
            schools, ClassroomsPerSchool, StudentsPerClassroom, 24,
            new Dictionary<SeverityBand, double> { [SeverityBand.Mild] = 0.4, [SeverityBand.Moderate] = 0.4, [SeverityBand.Severe] = 0.2 },
            0.5, 0.25, 10, 10, 0.07);
        var staffing = new StaffingSpec(therapists, 1.0, 2250, 678, 20, 2, 0.03, 78000);
        var policy = new PolicySpec("blanket-30", PolicyKind.Blanket, new ServiceMinutes(30, 0, 0), 1);
        return new Scenario(
            $"bench-{actual}", "Benchmark district built by otsim bench.", 2026, 1, policy.Name,
            calendar, district, staffing, [policy], new ModelParameters());
    }
}
