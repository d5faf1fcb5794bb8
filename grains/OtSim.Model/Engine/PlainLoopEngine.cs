using OtSim.Model.District;
using OtSim.Model.Policies;
using OtSim.Model.Progress;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;
using OtSim.Model.Stepping;

namespace OtSim.Model.Engine;

/// <summary>
/// The pure model in a plain in-process loop: every therapist's caseload is stepped through the year by
/// <see cref="YearDriver"/> with its classrooms held in memory, optionally in parallel over the machine's cores.
/// The reference the Orleans engine is checked and benchmarked against.
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
        var periods = ReviewPeriod.Of(scenario.Calendar);
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallel ? -1 : 1 };

        var caseloads = new CaseloadYear[layout.ActiveTherapists];
        Parallel.For(0, caseloads.Length, options, t =>
        {
            var caseload = new TherapistCaseload(scenario, policy, cell.Replication, t + 1);
            var classrooms = new ClassroomState[caseload.LastClassroom - caseload.FirstClassroom + 1];
            for (int k = 0; k < classrooms.Length; k++)
            {
                classrooms[k] = new ClassroomState(scenario, cell.Replication, caseload.FirstClassroom + k, caseload.TherapistId, includeWeeks);
            }
            // Every classroom answers synchronously, so the driver's task has completed when it returns.
            caseloads[t] = YearDriver.RunAsync(
                caseload, periods, services => Task.FromResult(classrooms[services.ClassroomId - caseload.FirstClassroom].Step(services)),
                cancellationToken).GetAwaiter().GetResult();
        });
        return Assemble(cell, caseloads, layout, includeWeeks);
    }

    /// <summary>
    /// Puts the caseloads' years together in a fixed order: therapists serve contiguous blocks of classrooms in id order,
    /// so therapist order then classroom order is classroom-id order.
    /// </summary>
    public static CellResult Assemble(SimulationCell cell, IReadOnlyList<CaseloadYear> caseloads, DistrictLayout layout, bool includeWeeks)
    {
        long expected = 0;
        foreach (var caseload in caseloads)
        {
            expected += caseload.Therapist.Caseload;
        }
        // Without churn every therapist returns its classrooms' students; with it, those who were ever on the caseload.
        var students = new StudentOutcome[expected];
        var therapists = new TherapistSummary[caseloads.Count];
        var evaluations = new List<EvaluationRecord>();
        var weeks = includeWeeks ? new List<WeekRecord>() : null;
        var changes = new List<PlanChange>();
        int next = 0;
        for (int t = 0; t < caseloads.Count; t++)
        {
            therapists[t] = caseloads[t].Therapist;
            evaluations.AddRange(caseloads[t].Evaluations);
            changes.AddRange(caseloads[t].PlanChanges);
            foreach (var classroom in caseloads[t].Classrooms)
            {
                foreach (var student in classroom.Students)
                {
                    if (next == students.Length)
                    {
                        throw new InvalidOperationException($"The classrooms returned more students than the therapists' caseloads ({students.Length}).");
                    }
                    students[next++] = student;
                }
                weeks?.AddRange(classroom.Weeks);
            }
        }
        if (next != students.Length || (layout.StudentsPerClassroom * (long)layout.Classrooms > next))
        {
            throw new InvalidOperationException($"The classrooms returned {next} students; the therapists' caseloads have {students.Length} and the district {(long)layout.Classrooms * layout.StudentsPerClassroom} at the start.");
        }
        return new CellResult(cell, students, therapists, (IReadOnlyList<WeekRecord>?)weeks ?? [], changes) { Evaluations = evaluations };
    }
}
