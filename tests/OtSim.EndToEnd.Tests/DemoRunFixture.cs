namespace OtSim.EndToEnd.Tests;

/// <summary>One default run of the workshop demo (Orleans engine, embedded silo), shared by the tests of a class.</summary>
public sealed class DemoRunFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public string OutputPath => _folder["demo"];

    public CliResult Result { get; private set; } = new(-1, "", "");

    public async Task InitializeAsync() =>
        Result = await Otsim.RunAsync(_folder.Path, "run", Otsim.DemoScenario, "--out", OutputPath, "--replications", "1", "--quiet");

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();

    public IReadOnlyList<string> StagingLeftovers() => _folder.StagingLeftovers();
}
