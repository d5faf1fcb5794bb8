namespace OtSim.Contracts;

/// <summary>A therapist's whole cell: its report and the years of its classrooms, in classroom-id order.</summary>
[GenerateSerializer, Immutable]
public sealed record TherapistCellResult(
    [property: Id(0)] TherapistReport Report,
    [property: Id(1)] ClassroomResult[] Classrooms);
