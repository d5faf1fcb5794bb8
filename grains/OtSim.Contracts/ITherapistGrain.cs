using Orleans.Concurrency;
using OtSim.Model.Stepping;


namespace OtSim.Contracts;

/// <summary>
/// A therapist of a run: for each cell it is asked to run, owns that cell's caseload state (plans, owed minutes, rotation,
/// random streams, what it has observed) across the review periods. Key: <see cref="TherapistKey"/>.
/// </summary>
public interface ITherapistGrain : IGrainWithStringKey
{
    /// <summary>
    /// Runs the cell <paramref name="request"/> for this therapist's caseload: each review period it plans the period's
    /// services, sends each of its classrooms its share in one call and takes in their observations; returns the therapist's
    /// figures and the classrooms' years. Calling again runs the cell again from the start (a cell redone after a lost silo).
    /// </summary>
    Task<Immutable<CaseloadYear>> RunCellAsync(CellRequest request);
}
