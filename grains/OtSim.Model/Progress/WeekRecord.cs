namespace OtSim.Model.Progress;

/// <summary>One student's week: services, embedded practice, the teacher's fidelity and true performance. One row of weeks.csv.</summary>
public readonly record struct WeekRecord(
    long StudentId,
    int ClassroomId,
    int Week,
    float DirectMinutes,
    float IntegratedMinutes,
    float ConsultMinutes,
    float EmbeddedPracticeMinutes,
    float Fidelity,
    float Performance);
