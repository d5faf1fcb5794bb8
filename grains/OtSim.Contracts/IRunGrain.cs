namespace OtSim.Contracts;

/// <summary>
/// A run: holds the resolved scenario (JSON) under a run id, so grains on any silo can fetch it once and cache it.
/// Key: the run id (a hash of the scenario text, so the same scenario maps to the same run).
/// </summary>
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Stores the scenario; calling again with the same text is harmless.</summary>
    Task RegisterAsync(string scenarioJson);

    /// <summary>The stored scenario, or null if none was registered (e.g. after the hosting silo was lost).</summary>
    Task<string?> GetScenarioJsonAsync();
}
