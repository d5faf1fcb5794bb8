using System.Security.Cryptography;
using System.Text;
using OtSim.Contracts;
using OtSim.Model.Engine;
using OtSim.Model.Progress;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Engine;

/// <summary>
/// Runs cells on Orleans grains: registers the scenario with a run grain, then asks every therapist grain of the cell
/// to run it; each schedules its year once and hands each of its classroom grains its students' services in one call.
/// Results are put back in classroom-id order, so output does not depend on which grain answered first.
/// </summary>
public sealed class OrleansEngine(IGrainFactory grains, int maxConcurrentCalls = 4096) : ISimulationEngine
{
    private string? _registeredJson;
    private string _runId = "";

    /// <inheritdoc />
    public async Task<CellResult> RunCellAsync(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken)
    {
        string runId = await RegisterAsync(scenario);
        var layout = new Model.District.DistrictLayout(scenario.District, scenario.Staffing);
        var request = new CellRequest(cell.PolicyIndex, cell.Replication, includeWeeks);
        var therapists = new TherapistCellResult[layout.ActiveTherapists];
        using var throttle = new SemaphoreSlim(maxConcurrentCalls);
        var calls = new Task[therapists.Length];
        for (int t = 0; t < therapists.Length; t++)
        {
            await throttle.WaitAsync(cancellationToken);
            int index = t;
            var grain = grains.GetGrain<ITherapistGrain>(GrainKeys.Therapist(runId, cell.PolicyIndex, cell.Replication, index + 1));
            calls[t] = CallAsync(grain, request, throttle, result => therapists[index] = result);
        }
        await Task.WhenAll(calls);
        return ToCellResult(cell, therapists, layout.Classrooms, layout.StudentsPerClassroom, includeWeeks);
    }

    /// <summary>The run id of a scenario: a hash of its resolved JSON, so the same scenario always maps to the same grains.</summary>
    public static string RunIdOf(string scenarioJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scenarioJson)))[..16];

    private async Task<string> RegisterAsync(Scenario scenario)
    {
        string json = ScenarioWriter.ToJson(scenario);
        if (json != _registeredJson)
        {
            _runId = RunIdOf(json);
            _registeredJson = json;
        }
        // Registering every cell is cheap and re-seeds the run grain if the silo that held it was lost.
        await grains.GetGrain<IRunGrain>(_runId).RegisterAsync(json);
        return _runId;
    }

    // Therapists serve contiguous blocks of classrooms in id order, so therapist order then classroom order is classroom-id order.
    private static CellResult ToCellResult(SimulationCell cell, TherapistCellResult[] therapists, int classrooms, int perClassroom, bool includeWeeks)
    {
        var students = new StudentOutcome[(long)classrooms * perClassroom];
        var summaries = new TherapistSummary[therapists.Length];
        var weeks = new List<WeekRecord>();
        int next = 0;
        for (int t = 0; t < therapists.Length; t++)
        {
            var r = therapists[t].Report;
            summaries[t] = new TherapistSummary(r.TherapistId, r.Fte, r.Schools, r.Caseload, r.CapacityMinutes, r.DemandMinutes, r.DeliveredMinutes);
            foreach (var classroom in therapists[t].Classrooms)
            {
                foreach (var student in classroom.Students)
                {
                    students[next++] = ToModel(student);
                }
                if (includeWeeks)
                {
                    foreach (var week in classroom.Weeks)
                    {
                        weeks.Add(ToModel(week));
                    }
                }
            }
        }
        if (next != students.Length)
        {
            throw new InvalidOperationException($"The therapists returned {next} students; the district has {students.Length}.");
        }
        return new CellResult(cell, students, summaries, weeks);
    }

    private static async Task CallAsync(ITherapistGrain grain, CellRequest request, SemaphoreSlim throttle, Action<TherapistCellResult> store)
    {
        try
        {
            store(await grain.RunCellAsync(request));
        }
        finally
        {
            throttle.Release();
        }
    }

    private static StudentOutcome ToModel(StudentOutcomeMessage m) => new(
        m.StudentId, m.ClassroomId, m.SchoolId, m.TherapistId, (SeverityBand)m.SeverityBand, m.Severity, m.Baseline,
        m.PrescribedDirect, m.PrescribedIntegrated, m.PrescribedConsult,
        m.DeliveredDirect, m.DeliveredIntegrated, m.DeliveredConsult,
        m.Collaboration, m.FidelityEnd, m.EndPerformance, m.Progress, m.GasLevel, m.GasTScore, m.GoalMet,
        m.AttendanceRate, m.SessionsMissedAbsent);

    private static WeekRecord ToModel(WeekMessage w) => new(
        w.StudentId, w.ClassroomId, w.Week, w.DirectMinutes, w.IntegratedMinutes, w.ConsultMinutes,
        w.EmbeddedPracticeMinutes, w.Fidelity, w.Performance);
}
