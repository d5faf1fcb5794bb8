namespace OtSim.Contracts;

/// <summary>
/// A classroom: its teacher's collaboration and implementation fidelity, and the weekly progress of its students
/// with IEPs. One call simulates the whole year of the classroom for one cell. Key: <see cref="GrainKeys.Classroom"/>.
/// </summary>
public interface IClassroomGrain : IGrainWithStringKey
{
    /// <summary>Simulates the classroom's year in the given cell.</summary>
    Task<ClassroomResult> SimulateAsync(CellRequest request);

    /// <summary>Simulates the classroom's year given its students' services (seat order) from its therapist.</summary>
    Task<ClassroomResult> SimulateWithServicesAsync(CellRequest request, int therapistId, ServiceYearMessage[] services);
}
