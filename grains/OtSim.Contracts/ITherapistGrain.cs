using Orleans.Concurrency;
using OtSim.Model.Stepping;


namespace OtSim.Contracts;

/// <summary>
/// A therapist in one cell: owns its caseload's state (plans, owed minutes, rotation, random streams, what it has observed)
/// across the review periods. Key: <see cref="TherapistKey"/>.
/// </summary>
public interface ITherapistGrain : IGrainWithStringKey
{
    /// <summary>
    /// Runs the cell for this therapist's caseload: each review period it plans the period's services, sends each of its
    /// classrooms its share in one call and takes in their observations; returns the therapist's figures and the
    /// classrooms' years. The grain deactivates afterwards: the cell is done. Calling again runs the cell again from the start.
    /// </summary>
    Task<Immutable<CaseloadYear>> RunCellAsync(bool includeWeeks);
}
