using OtSim.Client.Running;

namespace OtSim.Cluster.Tests;

/// <summary>The factorial experiment on several silos, with a silo killed mid-run, and resumed after a stop.</summary>
[Collection("reference")]
public sealed class ClusterRunTests(ReferenceRun reference, Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task ThreeSilosGiveTheSameFilesAsOne()
    {
        await using var cluster = await Support.StartClusterAsync(3);
        string folder = Support.NewFolder();
        await Support.RunAsync(Support.Factorial(), Support.EngineOf(cluster), folder);
        Support.AssertSameFiles(reference.Folder, folder);
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task KillingASiloMidCellRedoesTheCellAndChangesNothing()
    {
        await using var cluster = await Support.StartClusterAsync(3);
        var victim = cluster.SecondarySilos[0];
        var attempts = new CountingEngine(Support.RawEngineOf(cluster));
        var retrying = new OtSim.Client.Engine.RetryingEngine(attempts);
        // Quarterly reviews, so a cell's state lives in grains between periods; the files must still be the whole year's.
        var scenario = Support.Factorial() with { Calendar = Support.Factorial().Calendar with { ReviewPeriodWeeks = 9 } };
        var held = MidCellGate.Arm(victim.SiloAddress);
        string folder = Support.NewFolder();
        try
        {
            var run = Support.RunAsync(scenario, retrying, folder);
            // A classroom call of a cell's second review period is held on the victim: the cell is mid-year. Kill the silo now.
            string grain = await held.WaitAsync(TimeSpan.FromMinutes(3));
            output.WriteLine($"held {grain} on {victim.SiloAddress} after {attempts.Attempts} cell attempts; killing the silo");
            Assert.False(run.IsCompleted);
            await cluster.KillSiloAsync(victim);
            MidCellGate.Disarm();
            await run;
        }
        finally
        {
            MidCellGate.Disarm();
        }
        Assert.Equal(2, cluster.GetActiveSilos().Count());
        int cells = scenario.Replications * 2 * 6;
        Assert.True(retrying.Retries >= 1, "the killed silo's cell was not redone");
        Assert.Equal(cells + retrying.Retries, attempts.Attempts);
        output.WriteLine($"cells redone after the kill: {retrying.Retries}");
        Support.AssertSameFiles(reference.Folder, folder, exceptResolvedScenario: true);
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task AStoppedRunResumesToTheSameFiles()
    {
        await using var cluster = await Support.StartClusterAsync(1);
        string folder = Support.NewFolder();
        using var cancel = new CancellationTokenSource();
        var engine = new HookEngine(Support.EngineOf(cluster), at: 12, hook: cancel.Cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Support.RunAsync(Support.Factorial(), engine, folder, cancel.Token));

        // Up to 8 cells run at a time and results are written in plan order, so cell 12 starts only after at least 4 are
        // written; those finished before the stop are the first few in plan order.
        string manifest = Path.Combine(folder, WorkFolder.FolderName, "manifest.tsv");
        var finished = File.ReadAllLines(manifest).Select(line => line.Split('\t')[0]).ToArray();
        Assert.InRange(finished.Length, 12 - CellScheduler.MaxCellsInFlight, 11);
        Assert.Equal(RunPlan.Create(Support.Factorial()).Cells.Take(finished.Length).Select(c => c.Key), finished);
        Assert.False(File.Exists(Path.Combine(folder, "students.csv")));
        Assert.Empty(Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories));

        var second = new HookEngine(Support.EngineOf(cluster), at: 0, hook: () => { });
        await Support.RunAsync(Support.Factorial(), second, folder);
        Assert.Equal(Support.Factorial().Replications * 2 * 6 - finished.Length, second.Calls);
        Support.AssertSameFiles(reference.Folder, folder);

        // Finished results are only replaced with --overwrite.
        await Assert.ThrowsAsync<OtSim.Client.Cli.UsageException>(() => Support.RunAsync(Support.Factorial(), second, folder));
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task ADifferentScenarioInAnUnfinishedFolderIsRefusedNamingBoth()
    {
        await using var cluster = await Support.StartClusterAsync(1);
        string folder = Support.NewFolder();
        using var cancel = new CancellationTokenSource();
        var engine = new HookEngine(Support.EngineOf(cluster), at: 2, hook: cancel.Cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Support.RunAsync(Support.Factorial(), engine, folder, cancel.Token));

        var other = Support.Factorial() with { Name = "other-experiment" };
        var error = await Assert.ThrowsAsync<OtSim.Client.Cli.UsageException>(() => Support.RunAsync(other, engine, folder));
        Assert.Contains("\"factorial-experiment\"", error.Message);
        Assert.Contains("\"other-experiment\"", error.Message);
        await cluster.StopAllSilosAsync();
    }
}
