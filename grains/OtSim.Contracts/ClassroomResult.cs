namespace OtSim.Contracts;

/// <summary>A classroom's simulated year: its students' outcomes in seat order and, if asked, their weeks.</summary>
[GenerateSerializer, Immutable]
public sealed record ClassroomResult(
    [property: Id(0)] int ClassroomId,
    [property: Id(1)] StudentOutcomeMessage[] Students,
    [property: Id(2)] WeekMessage[] Weeks);
