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
    public async Task<Scenario> GetAsync(string runId)
    {
        var task = _scenarios.GetOrAdd(runId, Fetch);
        try
        {
            return await task;
        }
        catch
        {
            // A failed fetch (e.g. the run was not registered yet) must not poison the cache. The fetch is still
            // running when GetOrAdd returns, so it can only be evicted once it has failed, here.
            _scenarios.TryRemove(new KeyValuePair<string, Task<Scenario>>(runId, task));
            throw;
        }
    }

    private async Task<Scenario> Fetch(string runId)
    {
        string? json = await grainFactory.Run(runId).GetScenarioJsonAsync();
        if (json is null)
        {
            throw new InvalidOperationException($"Run {runId} has no registered scenario.");
        }
        return ScenarioLoader.Parse(json, $"run {runId}", Directory.GetCurrentDirectory());
    }
}
