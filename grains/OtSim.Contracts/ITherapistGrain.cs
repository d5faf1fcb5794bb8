namespace OtSim.Contracts;

/// <summary>
/// A therapist in one cell. On first use it schedules its whole year (capacity, missed and shortened sessions,
/// make-ups) for its caseload, then hands each classroom its slice. Key: <see cref="GrainKeys.Therapist"/>.
/// </summary>
public interface ITherapistGrain : IGrainWithStringKey
{
    /// <summary>The year of services of the students of one classroom on this therapist's caseload, in seat order.</summary>
    Task<ServiceYearMessage[]> GetClassroomServicesAsync(int classroomId);

    /// <summary>
    /// Runs the cell for this therapist's caseload: schedules the year, hands each of its classrooms its services in one
    /// call, and returns the classrooms' years with the therapist's report. The grain deactivates afterwards: the cell is done.
    /// </summary>
    Task<TherapistCellResult> RunCellAsync(CellRequest request);

    /// <summary>The therapist's capacity, demand and delivery. The grain deactivates afterwards: the cell is done.</summary>
    Task<TherapistReport> CompleteAsync();
}
