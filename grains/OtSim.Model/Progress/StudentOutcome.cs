using OtSim.Model.District;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Progress;

/// <summary>
/// One student's year: who, what was prescribed and delivered, and the outcome. One row of students.csv.
/// <see cref="AttendanceRate"/> is the student's expected share of school days attended (what a district's attendance
/// record shows); <see cref="SessionsMissedAbsent"/> counts planned OT sessions lost to the student's absence.
/// A student on the caseload for part of the year has its entry and exit weeks; progress is measured at exit and goal
/// attainment is judged against the goal pro-rated to the school weeks served (<see cref="PartYear"/>).
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
    /// <summary>First 1-based calendar week on the caseload (1 for a student there from the start).</summary>
    public int EntryWeek { get; init; } = 1;

    /// <summary>First 1-based calendar week no longer on the caseload, or null for a student there to the end.</summary>
    public int? ExitWeek { get; init; }

    /// <summary>Why the student left, or <see cref="ExitReason.None"/>.</summary>
    public ExitReason ExitReason { get; init; }

    /// <summary>All prescribed minutes.</summary>
    public double PrescribedTotal => PrescribedDirect + PrescribedIntegrated + PrescribedConsult;

    /// <summary>All delivered minutes.</summary>
    public double DeliveredTotal => DeliveredDirect + DeliveredIntegrated + DeliveredConsult;

    /// <summary>Delivered / prescribed minutes (1 when nothing was prescribed).</summary>
    public double Compliance => PrescribedTotal > 0 ? DeliveredTotal / PrescribedTotal : 1;
}
