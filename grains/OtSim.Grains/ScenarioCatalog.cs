using System.Collections.Concurrent;
using OtSim.Contracts;
using OtSim.Model.Scenarios;

namespace OtSim.Grains;

/// <summary>
/// A per-silo cache of parsed scenarios by run id. Grains on this silo fetch a run's scenario from its
/// <see cref="IRunGrain"/> once and share the parsed copy, instead of parsing JSON on every activation.
/// </summary>
public sealed class ScenarioCatalog(IGrainFactory grainFactory)
{
    private readonly ConcurrentDictionary<string, Task<Scenario>> _scenarios = new(StringComparer.Ordinal);

    /// <summary>The scenario of <paramref name="runId"/>.</summary>
    public Task<Scenario> GetAsync(string runId)
    {
        var task = _scenarios.GetOrAdd(runId, Fetch);
        if (task.IsFaulted || task.IsCanceled)
        {
            // A failed fetch (e.g. the run grain lost its scenario with a silo and was re-registered since) must not
            // poison the cache: drop it and fetch again.
            _scenarios.TryRemove(new KeyValuePair<string, Task<Scenario>>(runId, task));
            task = _scenarios.GetOrAdd(runId, Fetch);
        }
        return task;
    }

    private async Task<Scenario> Fetch(string runId)
    {
        string? json = await grainFactory.GetGrain<IRunGrain>(runId).GetScenarioJsonAsync();
        if (json is null)
        {
            // An OrleansException, so clients treat it like the silo loss that causes it and retry after re-registering.
            throw new OrleansException($"Run {runId} has no registered scenario.");
        }
        return ScenarioLoader.Parse(json, $"run {runId}", Directory.GetCurrentDirectory());
    }
}
