namespace OtSim.Model.Progress;

/// <summary>The result of simulating one classroom's year.</summary>
/// <param name="ClassroomId">Classroom id.</param>
/// <param name="Students">Outcomes in seat order.</param>
/// <param name="Weeks">Weekly records (student-major), or empty when not requested.</param>
public sealed record ClassroomYear(int ClassroomId, IReadOnlyList<StudentOutcome> Students, IReadOnlyList<WeekRecord> Weeks);
