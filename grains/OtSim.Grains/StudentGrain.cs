using OtSim.Contracts;
using OtSim.Model.District;

namespace OtSim.Grains;

/// <inheritdoc cref="IStudentGrain" />
public sealed class StudentGrain : Grain, IStudentGrain
{
    /// <inheritdoc />
    public async Task<StudentRecord> GetYearAsync(int policyIndex, int replication)
    {
        var (runId, parts) = GrainKeys.Parse(this.GetPrimaryKeyString());
        long studentId = long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        int classroomId = (int)(studentId / DistrictLayout.SeatsPerClassroomId);
        var classroom = GrainFactory.GetGrain<IClassroomGrain>(GrainKeys.Classroom(runId, classroomId));
        var result = await classroom.SimulateAsync(new CellRequest(policyIndex, replication, IncludeWeeks: true));
        var outcome = result.Students.FirstOrDefault(s => s.StudentId == studentId)
            ?? throw new ArgumentException($"Student {studentId} is not in classroom {classroomId}.");
        return new StudentRecord(outcome, result.Weeks.Where(w => w.StudentId == studentId).ToArray());
    }
}
