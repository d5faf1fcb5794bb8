namespace OtSim.Contracts;

/// <summary>A therapist's year in one cell (one row of therapists.csv).</summary>
[GenerateSerializer, Immutable]
public sealed record TherapistReport(
    [property: Id(0)] int TherapistId,
    [property: Id(1)] double Fte,
    [property: Id(2)] int Schools,
    [property: Id(3)] int Caseload,
    [property: Id(4)] double CapacityMinutes,
    [property: Id(5)] double DemandMinutes,
    [property: Id(6)] double DeliveredMinutes);
