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
/// <param name="DeliveredMinutes">Minutes delivered, make-ups included.</param>
public sealed record TherapistSummary(
    int TherapistId, double Fte, int Schools, int Caseload, double CapacityMinutes, double DemandMinutes, double DeliveredMinutes);

/// <summary>
/// Everything one cell produced, in a fixed order (classrooms by id, students by seat, therapists by id; plan changes by
/// therapist, then review, then student).
/// </summary>
public sealed record CellResult(
    SimulationCell Cell,
    IReadOnlyList<StudentOutcome> Students,
    IReadOnlyList<TherapistSummary> Therapists,
    IReadOnlyList<WeekRecord> Weeks,
    IReadOnlyList<PlanChange> PlanChanges);
