using OtSim.Model.District;
using OtSim.Model.Progress;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;

namespace OtSim.Model.Engine;

/// <summary>
/// The pure model in a plain in-process loop: every therapist's year, then every classroom's year, optionally in
/// parallel over the machine's cores. The reference the Orleans engine is checked and benchmarked against.
/// </summary>
public sealed class PlainLoopEngine(bool parallel = true) : ISimulationEngine
{
    /// <inheritdoc />
    public Task<CellResult> RunCellAsync(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken) =>
        Task.FromResult(RunCell(scenario, cell, includeWeeks, cancellationToken));

    /// <summary>Simulates one cell synchronously.</summary>
    public CellResult RunCell(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken = default)
    {
        var layout = new DistrictLayout(scenario.District, scenario.Staffing);
        var policy = scenario.Policies[cell.PolicyIndex];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallel ? -1 : 1 };

        var therapists = new TherapistYear[layout.ActiveTherapists];
        Parallel.For(0, therapists.Length, options, t =>
            therapists[t] = TherapistScheduler.Schedule(scenario, policy, cell.Replication, t + 1));

        var classrooms = new ClassroomYear[layout.Classrooms];
        Parallel.For(0, classrooms.Length, options, k =>
        {
            int classroomId = DistrictLayout.ClassroomId(k);
            int therapistId = layout.TherapistOf(classroomId);
            var services = ServicesOf(therapists[therapistId - 1], layout, classroomId);
            classrooms[k] = ClassroomSimulator.Simulate(scenario, cell.Replication, classroomId, services, therapistId, includeWeeks);
        });

        return new CellResult(
            cell,
            classrooms.SelectMany(c => c.Students).ToArray(),
            therapists.Select(TherapistSummary.From).ToArray(),
            includeWeeks ? classrooms.SelectMany(c => c.Weeks).ToArray() : []);
    }

    /// <summary>The slice of a therapist's caseload that sits in one classroom, in seat order.</summary>
    public static ArraySegment<ServiceYear> ServicesOf(TherapistYear therapist, DistrictLayout layout, int classroomId)
    {
        var (first, _) = layout.ClassroomsOf(therapist.TherapistId);
        int offset = (classroomId - first) * layout.StudentsPerClassroom;
        var all = therapist.Students as ServiceYear[] ?? therapist.Students.ToArray();
        return new ArraySegment<ServiceYear>(all, offset, layout.StudentsPerClassroom);
    }
}
