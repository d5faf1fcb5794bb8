namespace OtSim.Model.Randomness;

/// <summary>
/// What a random stream is used for. Part of every stream's key, so that adding draws for one
/// purpose never shifts the draws of another.
/// </summary>
public enum StreamPurpose : ulong
{
    StudentProfile = 1,
    ClassroomProfile = 2,
    SessionAttendance = 3,
    ClassAttendance = 4,
    ProgressNoise = 5,
    Measurement = 6,
    TherapistAbsence = 7,
    SchoolDisruption = 8,
    GoalRating = 9,
    DesignSample = 10,
}
