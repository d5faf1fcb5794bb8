namespace OtSim.Model.Services;

/// <summary>A therapist's year: capacity, demand and what was delivered, plus every student's services.</summary>
/// <param name="TherapistId">Therapist id.</param>
/// <param name="Fte">Full-time equivalent.</param>
/// <param name="Schools">Schools visited.</param>
/// <param name="Caseload">Students served.</param>
/// <param name="CapacityMinutes">Minutes available for services over the year, after workload, travel and absences.</param>
/// <param name="DemandMinutes">Minutes the caseload's plans prescribed over the year.</param>
/// <param name="DeliveredMinutes">Minutes delivered, make-ups included.</param>
/// <param name="Students">Each student's services, in caseload order.</param>
public sealed record TherapistYear(
    int TherapistId,
    double Fte,
    int Schools,
    int Caseload,
    double CapacityMinutes,
    double DemandMinutes,
    double DeliveredMinutes,
    IReadOnlyList<ServiceYear> Students);
