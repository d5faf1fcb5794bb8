using System.Security.Cryptography;
using System.Text;
using OtSim.Contracts;
using OtSim.Model.District;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;
using OtSim.Model.Stepping;

namespace OtSim.Client.Engine;

/// <summary>
/// Runs cells on Orleans grains: registers the scenario with a run grain, then asks every therapist grain of the cell
/// to run it; each steps its caseload through the year's review periods, exchanging services and observations with its
/// classroom grains once a period. Results are put back in classroom-id order (<see cref="PlainLoopEngine.Assemble"/>),
/// so output does not depend on which grain answered first.
/// </summary>
/// <remarks>
/// Therapist calls in flight are bounded across all the cells in flight (<paramref name="maxConcurrentCalls"/>; by default
/// <see cref="DefaultConcurrentCalls"/>). Each call runs a caseload's whole year and first activates its classroom grains,
/// and Orleans places new activations through a worker that rescans every placement in progress whenever one completes:
/// with 256 calls in flight (about 2,300 classrooms being placed) a cold 57,600-student run spent 20% more CPU than with 8.
/// Thousands queued would also wait past Orleans' 30-second response timeout on a loaded machine.
/// </remarks>
public sealed class OrleansEngine(IGrainFactory grains, int maxConcurrentCalls = 0) : ISimulationEngine
{
    /// <summary>Therapist calls in flight by default: four per core of this process (8 on a 2-core machine).</summary>
    public static int DefaultConcurrentCalls { get; } = Math.Max(4, 4 * Environment.ProcessorCount);

    private readonly SemaphoreSlim _throttle = new(maxConcurrentCalls > 0 ? maxConcurrentCalls : DefaultConcurrentCalls);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Scenario, Registration> _registrations = [];

    /// <inheritdoc />
    public async Task<CellResult> RunCellAsync(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken)
    {
        string runId = await RegisterAsync(scenario, cancellationToken);
        var layout = new DistrictLayout(scenario.District, scenario.Staffing);
        var caseloads = new CaseloadYear[layout.ActiveTherapists];
        var calls = new Task[caseloads.Length];
        var request = new CellRequest(cell.PolicyIndex, cell.Replication, includeWeeks);
        for (int t = 0; t < caseloads.Length; t++)
        {
            await _throttle.WaitAsync(cancellationToken);
            int index = t;
            var grain = grains.Therapist(new TherapistKey(runId, index + 1));
            calls[t] = CallAsync(grain, request, _throttle, result => caseloads[index] = result);
        }
        await Task.WhenAll(calls);
        return PlainLoopEngine.Assemble(cell, caseloads, layout, includeWeeks);
    }

    /// <summary>The run id of a scenario: a hash of its resolved JSON, so the same scenario always maps to the same grains.</summary>
    public static string RunIdOf(string scenarioJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scenarioJson)))[..16];

    private async Task<string> RegisterAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        // The cells of a run share a few scenario objects (one per design point): write and hash each once.
        var registration = _registrations.GetValue(scenario, s => new Registration(ScenarioWriter.ToJson(s)));
        cancellationToken.ThrowIfCancellationRequested();
        // Registering every cell is cheap and re-seeds the run grain if the silo that held it was lost.
        await grains.Run(registration.RunId).RegisterAsync(registration.Json);
        return registration.RunId;
    }

    private sealed class Registration(string json)
    {
        public string Json { get; } = json;

        public string RunId { get; } = RunIdOf(json);
    }

    private static async Task CallAsync(ITherapistGrain grain, CellRequest request, SemaphoreSlim throttle, Action<CaseloadYear> store)
    {
        try
        {
            store((await grain.RunCellAsync(request)).Value);
        }
        finally
        {
            throttle.Release();
        }
    }
}
