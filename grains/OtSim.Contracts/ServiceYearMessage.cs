namespace OtSim.Contracts;

/// <summary>
/// The services one student received over the year: <c>Weekly[week * 4 + k]</c>, k = 0 direct, 1 integrated,
/// 2 consultation minutes, 3 integrated sessions; plus the prescribed yearly minutes by type.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ServiceYearMessage(
    [property: Id(0)] long StudentId,
    [property: Id(1)] float[] Weekly,
    [property: Id(2)] double PrescribedDirect,
    [property: Id(3)] double PrescribedIntegrated,
    [property: Id(4)] double PrescribedConsult,
    [property: Id(5)] int SessionsMissedAbsent);
