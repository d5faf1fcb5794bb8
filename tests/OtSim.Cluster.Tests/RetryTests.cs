using OtSim.Client.Engine;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Cluster.Tests;

/// <summary>
/// The redo path, made deterministic: a cell whose work is lost with a silo (its calls fail with
/// SiloUnavailableException after part of the work was done) is run again as a whole, and nothing is counted twice.
/// </summary>
[Collection("reference")]
public sealed class RetryTests(ReferenceRun reference)
{
    [Fact]
    public async Task ACellLostWithASiloIsRedoneOnceAndCountedOnce()
    {
        await using var cluster = await Support.StartClusterAsync(1);
        var retrying = new RetryingEngine(new LosesOneCell(Support.RawEngineOf(cluster), at: 5));
        string folder = Support.NewFolder();

        await Support.RunAsync(Support.Factorial(), retrying, folder);

        Assert.Equal(1, retrying.Retries);
        Support.AssertSameFiles(reference.Folder, folder);
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public void ASiloLossIsTransientAndABugIsNot()
    {
        Assert.True(RetryingEngine.IsTransient(new Orleans.Runtime.SiloUnavailableException("gone")));
        Assert.True(RetryingEngine.IsTransient(new AggregateException(new Orleans.Runtime.SiloUnavailableException("gone"))));
        Assert.False(RetryingEngine.IsTransient(new ArgumentOutOfRangeException("classroomId")));
        Assert.False(RetryingEngine.IsTransient(new AggregateException(new Orleans.Runtime.SiloUnavailableException("gone"), new NullReferenceException())));
    }

    /// <summary>Runs cell number <c>at</c> fully, then throws its result away as if the silo holding it had died.</summary>
    private sealed class LosesOneCell(ISimulationEngine inner, int at) : ISimulationEngine
    {
        private int _calls;

        public async Task<CellResult> RunCellAsync(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken)
        {
            var result = await inner.RunCellAsync(scenario, cell, includeWeeks, cancellationToken);
            if (Interlocked.Increment(ref _calls) == at)
            {
                throw new Orleans.Runtime.SiloUnavailableException($"silo lost while running cell {cell}");
            }
            return result;
        }
    }
}
