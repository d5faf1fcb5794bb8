namespace OtSim.Contracts;

/// <summary>One student's year as it travels between silo and client (one row of students.csv).</summary>
[GenerateSerializer, Immutable]
public sealed record StudentOutcomeMessage(
    [property: Id(0)] long StudentId,
    [property: Id(1)] int ClassroomId,
    [property: Id(2)] int SchoolId,
    [property: Id(3)] int TherapistId,
    [property: Id(4)] int SeverityBand,
    [property: Id(5)] double Severity,
    [property: Id(6)] double Baseline,
    [property: Id(7)] double PrescribedDirect,
    [property: Id(8)] double PrescribedIntegrated,
    [property: Id(9)] double PrescribedConsult,
    [property: Id(10)] double DeliveredDirect,
    [property: Id(11)] double DeliveredIntegrated,
    [property: Id(12)] double DeliveredConsult,
    [property: Id(13)] double Collaboration,
    [property: Id(14)] double FidelityEnd,
    [property: Id(15)] double EndPerformance,
    [property: Id(16)] double Progress,
    [property: Id(17)] int GasLevel,
    [property: Id(18)] double GasTScore,
    [property: Id(19)] bool GoalMet,
    [property: Id(20)] double AttendanceRate,
    [property: Id(21)] int SessionsMissedAbsent);
