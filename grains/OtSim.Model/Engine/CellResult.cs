using OtSim.Model.Policies;
using OtSim.Model.Progress;

namespace OtSim.Model.Engine;

/// <summary>A therapist's year in one cell: capacity, demand and delivery. One row of therapists.csv.</summary>
/// <param name="TherapistId">Therapist id.</param>
/// <param name="Fte">Full-time equivalent.</param>
/// <param name="Schools">Schools visited.</param>
/// <param name="Caseload">Students served.</param>
/// <param name="CapacityMinutes">Minutes available for services over the year, after workload, travel and absences.</param>
/// <param name="DemandMinutes">Minutes the caseload's plans prescribed over the year.</param>
/// <param name="DeliveredMinutes">Student minutes delivered, make-ups included: each student's minutes added up, so a group session counts once per student present.</param>
public sealed record TherapistSummary(
    int TherapistId, double Fte, int Schools, int Caseload, double CapacityMinutes, double DemandMinutes, double DeliveredMinutes)
{
    /// <summary>
    /// Student minutes delivered in group sessions beyond the therapist minutes they took: a 30-minute session with three
    /// students delivers 90 student minutes for 30 therapist minutes, so 60. Zero without groups.
    /// </summary>
    public double GroupSavedMinutes { get; init; }

    /// <summary>Therapist minutes spent on this caseload's services: delivered student minutes less <see cref="GroupSavedMinutes"/>.</summary>
    public double TherapistMinutes => DeliveredMinutes - GroupSavedMinutes;

    /// <summary>Calendar weeks the position's own therapist was away (vacancy or leave; contract weeks included).</summary>
    public int VacantWeeks { get; init; }

    /// <summary>Therapist minutes colleagues spent on this caseload while the position was vacant and not contract-filled.</summary>
    public double CoveredMinutes { get; init; }

    /// <summary>Calendar weeks a contract therapist worked the position.</summary>
    public int ContractWeeks { get; init; }

    /// <summary>What the contract therapist cost (contract weeks x contractCostPerWeek).</summary>
    public double ContractCost { get; init; }
}

/// <summary>
/// Everything one cell produced, in a fixed order (classrooms by id, students by seat, therapists by id; plan changes by
/// therapist, then review, then student).
/// </summary>
public sealed record CellResult(
    SimulationCell Cell,
    IReadOnlyList<StudentOutcome> Students,
    IReadOnlyList<TherapistSummary> Therapists,
    IReadOnlyList<WeekRecord> Weeks,
    IReadOnlyList<PlanChange> PlanChanges)
{
    /// <summary>The evaluations of referred students (evaluations.csv; student-id order; empty without referrals).</summary>
    public IReadOnlyList<Services.EvaluationRecord> Evaluations { get; init; } = [];
}
