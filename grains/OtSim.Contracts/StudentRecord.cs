namespace OtSim.Contracts;

/// <summary>One student's whole year in one cell, for inspecting a single student: outcome, services and trajectory.</summary>
[GenerateSerializer, Immutable]
public sealed record StudentRecord(
    [property: Id(0)] StudentOutcomeMessage Outcome,
    [property: Id(1)] WeekMessage[] Weeks);
