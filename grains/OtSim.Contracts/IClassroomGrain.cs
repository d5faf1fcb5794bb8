using Orleans.Concurrency;
using OtSim.Model.Progress;
using OtSim.Model.Services;


namespace OtSim.Contracts;

/// <summary>
/// A classroom of one run: its teacher's implementation fidelity and its students' progress, held as state for every
/// cell in progress and advanced one review period per call by the classroom's therapist. Key: <see cref="ClassroomKey"/>.
/// </summary>
public interface IClassroomGrain : IGrainWithStringKey
{
    /// <summary>
    /// Advances the classroom's state in the given cell through one review period of services and returns what the
    /// therapist observes; after the last period also the year's outcomes, and the cell's state is dropped. The first
    /// period starts the cell afresh; a later period whose state was lost (with its silo) fails, so the cell is redone.
    /// </summary>
    Task<Immutable<ClassroomReport>> StepAsync(CellRequest request, Immutable<ClassroomServices> services);
}
