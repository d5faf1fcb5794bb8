namespace OtSim.Analysis.Charts;

/// <summary>One therapist's yearly capacity and demand.</summary>
/// <param name="TherapistId">Therapist identifier (an ID, never a name).</param>
/// <param name="CapacityMinutes">Minutes the therapist can deliver in the year.</param>
/// <param name="DemandMinutes">Minutes prescribed on the therapist's caseload.</param>
public sealed record TherapistLoad(string TherapistId, double CapacityMinutes, double DemandMinutes)
{
    /// <summary>True when prescribed minutes exceed what the therapist can deliver.</summary>
    public bool IsOverCapacity => DemandMinutes > CapacityMinutes;
}
