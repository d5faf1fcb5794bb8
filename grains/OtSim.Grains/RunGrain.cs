using OtSim.Contracts;

namespace OtSim.Grains;

/// <inheritdoc cref="IRunGrain" />
public sealed class RunGrain : Grain, IRunGrain
{
    private string? _scenarioJson;

    /// <inheritdoc />
    public Task RegisterAsync(string scenarioJson)
    {
        _scenarioJson = scenarioJson;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<string?> GetScenarioJsonAsync() => Task.FromResult(_scenarioJson);
}
