using OtSim.Model.Scenarios;

namespace OtSim.Model.Progress;

/// <summary>
/// One student's year: who, what was prescribed and delivered, and the outcome. One row of students.csv.
/// <see cref="AttendanceRate"/> is the student's expected share of school days attended (what a district's attendance
/// record shows); <see cref="SessionsMissedAbsent"/> counts planned OT sessions lost to the student's absence.
/// </summary>
public sealed record StudentOutcome(
    long StudentId,
    int ClassroomId,
    int SchoolId,
    int TherapistId,
    SeverityBand Band,
    double Severity,
    double Baseline,
    double PrescribedDirect,
    double PrescribedIntegrated,
    double PrescribedConsult,
    double DeliveredDirect,
    double DeliveredIntegrated,
    double DeliveredConsult,
    double Collaboration,
    double FidelityEnd,
    double EndPerformance,
    double Progress,
    int GasLevel,
    double GasTScore,
    bool GoalMet,
    double AttendanceRate,
    int SessionsMissedAbsent)
{
    /// <summary>All prescribed minutes.</summary>
    public double PrescribedTotal => PrescribedDirect + PrescribedIntegrated + PrescribedConsult;

    /// <summary>All delivered minutes.</summary>
    public double DeliveredTotal => DeliveredDirect + DeliveredIntegrated + DeliveredConsult;

    /// <summary>Delivered / prescribed minutes (1 when nothing was prescribed).</summary>
    public double Compliance => PrescribedTotal > 0 ? DeliveredTotal / PrescribedTotal : 1;
}
