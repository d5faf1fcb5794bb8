namespace OtSim.EndToEnd.Tests;

/// <summary>The line that announces a run counts its design points, so a large experiment is not announced as a small run.</summary>
public sealed class RunningLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task AnExperimentIsAnnouncedWithItsDesignPointsAndCells()
    {
        string scenario = Path.Combine(Otsim.RepositoryRoot, "scenarios", "factorial-experiment.json");

        var result = await Otsim.RunAsync(_folder.Path, "run", scenario, "--out", _folder["out"], "--replications", "1", "--no-weeks", "--no-analysis", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Running factorial-experiment: 192 students, 6 design points x 2 policies x 1 replications = 12 cells, seed ", result.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
