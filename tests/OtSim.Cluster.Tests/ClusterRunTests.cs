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
    public async Task KillingASiloMidRunChangesNothing()
    {
        await using var cluster = await Support.StartClusterAsync(3);
        var victim = cluster.SecondarySilos[0];
        Task? kill = null;
        var retrying = (OtSim.Client.Engine.RetryingEngine)Support.EngineOf(cluster);
        var engine = new HookEngine(retrying, at: 5, hook: () => kill = Task.Run(() => cluster.KillSiloAsync(victim)));
        string folder = Support.NewFolder();
        await Support.RunAsync(Support.Factorial(), engine, folder);
        Assert.NotNull(kill);
        await kill!;
        Assert.Equal(2, cluster.GetActiveSilos().Count());
        output.WriteLine($"cells retried after the kill: {retrying.Retries}");
        Support.AssertSameFiles(reference.Folder, folder);
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task AStoppedRunResumesToTheSameFiles()
    {
        await using var cluster = await Support.StartClusterAsync(1);
        string folder = Support.NewFolder();
        using var cancel = new CancellationTokenSource();
        var engine = new HookEngine(Support.EngineOf(cluster), at: 8, hook: cancel.Cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Support.RunAsync(Support.Factorial(), engine, folder, cancel.Token));

        string manifest = Path.Combine(folder, WorkFolder.FolderName, "manifest.tsv");
        Assert.Equal(7, File.ReadAllLines(manifest).Length);
        Assert.False(File.Exists(Path.Combine(folder, "students.csv")));
        Assert.Empty(Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories));

        var second = new HookEngine(Support.EngineOf(cluster), at: 0, hook: () => { });
        await Support.RunAsync(Support.Factorial(), second, folder);
        Assert.Equal(Support.Factorial().Replications * 2 * 6 - 7, second.Calls);
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
