using System.Security.Cryptography;
using System.Text;
using OtSim.Contracts;
using OtSim.Model.Engine;
using OtSim.Model.Progress;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Engine;

/// <summary>
/// Runs cells on Orleans grains: registers the scenario with a run grain, asks every classroom grain for its year
/// (each classroom grain fetches its students' services from their therapist grain), then collects the therapists'
/// reports. Results are put back in classroom-id order, so output does not depend on which grain answered first.
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
        var classrooms = new ClassroomResult[layout.Classrooms];
        using var throttle = new SemaphoreSlim(maxConcurrentCalls);
        var calls = new Task[classrooms.Length];
        for (int k = 0; k < classrooms.Length; k++)
        {
            await throttle.WaitAsync(cancellationToken);
            int index = k;
            var grain = grains.GetGrain<IClassroomGrain>(GrainKeys.Classroom(runId, index + 1));
            calls[k] = CallAsync(grain, request, throttle, result => classrooms[index] = result);
        }
        await Task.WhenAll(calls);

        var therapistCalls = Enumerable.Range(1, layout.ActiveTherapists)
            .Select(t => grains.GetGrain<ITherapistGrain>(GrainKeys.Therapist(runId, cell.PolicyIndex, cell.Replication, t)).CompleteAsync());
        var therapists = await Task.WhenAll(therapistCalls);

        return new CellResult(
            cell,
            classrooms.SelectMany(c => c.Students).Select(ToModel).ToArray(),
            therapists.Select(t => new TherapistSummary(t.TherapistId, t.Fte, t.Schools, t.Caseload, t.CapacityMinutes, t.DemandMinutes, t.DeliveredMinutes)).ToArray(),
            includeWeeks ? classrooms.SelectMany(c => c.Weeks).Select(ToModel).ToArray() : []);
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

    private static async Task CallAsync(IClassroomGrain grain, CellRequest request, SemaphoreSlim throttle, Action<ClassroomResult> store)
    {
        try
        {
            store(await grain.SimulateAsync(request));
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
        m.Collaboration, m.FidelityEnd, m.EndPerformance, m.Progress, m.GasLevel, m.GasTScore, m.GoalMet);

    private static WeekRecord ToModel(WeekMessage w) => new(
        w.StudentId, w.ClassroomId, w.Week, w.DirectMinutes, w.IntegratedMinutes, w.ConsultMinutes,
        w.EmbeddedPracticeMinutes, w.Fidelity, w.Performance);
}
