namespace OtSim.Contracts;

/// <summary>
/// A therapist in one cell. On first use it schedules its whole year (capacity, missed and shortened sessions,
/// make-ups) for its caseload, then hands each classroom its slice. Key: <see cref="GrainKeys.Therapist"/>.
/// </summary>
public interface ITherapistGrain : IGrainWithStringKey
{
    /// <summary>The year of services of the students of one classroom on this therapist's caseload, in seat order.</summary>
    Task<ServiceYearMessage[]> GetClassroomServicesAsync(int classroomId);

    /// <summary>The therapist's capacity, demand and delivery. The grain deactivates afterwards: the cell is done.</summary>
    Task<TherapistReport> CompleteAsync();
}
