namespace OtSim.Contracts;

/// <summary>
/// A student: answers for one student's year (profile, services, outcome, weekly trajectory) without the caller
/// needing to know the student's classroom. Bulk runs go through classroom grains; this is for inspecting one student.
/// Key: <see cref="GrainKeys.Student"/>.
/// </summary>
public interface IStudentGrain : IGrainWithStringKey
{
    /// <summary>The student's year in one cell.</summary>
    Task<StudentRecord> GetYearAsync(int policyIndex, int replication);
}
