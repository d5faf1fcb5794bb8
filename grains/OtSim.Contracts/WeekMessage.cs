namespace OtSim.Contracts;

/// <summary>One student's week (one row of weeks.csv).</summary>
[GenerateSerializer, Immutable]
public readonly record struct WeekMessage(
    [property: Id(0)] long StudentId,
    [property: Id(1)] int ClassroomId,
    [property: Id(2)] int Week,
    [property: Id(3)] float DirectMinutes,
    [property: Id(4)] float IntegratedMinutes,
    [property: Id(5)] float ConsultMinutes,
    [property: Id(6)] float EmbeddedPracticeMinutes,
    [property: Id(7)] float Fidelity,
    [property: Id(8)] float Performance);
