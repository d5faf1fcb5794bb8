using OtSim.Model.Progress;
using OtSim.Model.Services;

namespace OtSim.Model.Engine;

/// <summary>Therapist figures for one cell (services per student left out).</summary>
public sealed record TherapistSummary(
    int TherapistId, double Fte, int Schools, int Caseload, double CapacityMinutes, double DemandMinutes, double DeliveredMinutes)
{
    /// <summary>Summarises a scheduled year.</summary>
    public static TherapistSummary From(TherapistYear year) =>
        new(year.TherapistId, year.Fte, year.Schools, year.Caseload, year.CapacityMinutes, year.DemandMinutes, year.DeliveredMinutes);
}

/// <summary>Everything one cell produced, in a fixed order (classrooms by id, students by seat, therapists by id).</summary>
public sealed record CellResult(
    SimulationCell Cell,
    IReadOnlyList<StudentOutcome> Students,
    IReadOnlyList<TherapistSummary> Therapists,
    IReadOnlyList<WeekRecord> Weeks);
