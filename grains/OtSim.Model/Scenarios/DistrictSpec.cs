namespace OtSim.Model.Scenarios;

/// <summary>The district's schools, classrooms and students on the OT caseload.</summary>
/// <param name="Schools">Number of schools.</param>
/// <param name="ClassroomsPerSchool">Classrooms per school that have students with OT on their IEP.</param>
/// <param name="StudentsPerClassroom">Students with OT on their IEP per classroom (they share the teacher).</param>
/// <param name="ClassSize">All students in a class (teacher attention is shared with them).</param>
/// <param name="SeverityMix">Shares of mild, moderate and severe need; must add up to 1.</param>
/// <param name="CollaborationMean">Mean teacher collaboration level (0 = none, 1 = full partnership).</param>
/// <param name="CollaborationSd">Spread of collaboration between teachers.</param>
/// <param name="RoutineBlocksPerWeek">Class-routine blocks per week that practise the goal activity (e.g. writing blocks).</param>
/// <param name="RoutineBlockMinutes">Length of one routine block in minutes.</param>
/// <param name="StudentAbsenceRate">Mean share of school days a student misses.</param>
public sealed record DistrictSpec(
    int Schools,
    int ClassroomsPerSchool,
    int StudentsPerClassroom,
    int ClassSize,
    IReadOnlyDictionary<SeverityBand, double> SeverityMix,
    double CollaborationMean,
    double CollaborationSd,
    int RoutineBlocksPerWeek,
    int RoutineBlockMinutes,
    double StudentAbsenceRate)
{
    /// <summary>Number of classrooms in the district.</summary>
    public int Classrooms => Schools * ClassroomsPerSchool;

    /// <summary>Number of students on the OT caseload in the district.</summary>
    public long Students => (long)Classrooms * StudentsPerClassroom;
}
