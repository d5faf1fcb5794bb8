using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;
using OtSim.Client.Engine;
using OtSim.Client.Running;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;
using OtSim.Silo;

namespace OtSim.Cluster.Tests;

/// <summary>Test clusters, runs into temporary folders, and byte comparison of result folders.</summary>
internal static class Support
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string FactorialPath => Path.Combine(RepoRoot, "scenarios", "factorial-experiment.json");

    public static Scenario Factorial() => ScenarioLoader.Load(FactorialPath);

    public static async Task<TestCluster> StartClusterAsync(short silos)
    {
        var builder = new TestClusterBuilder(silos);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static ISimulationEngine EngineOf(TestCluster cluster) => new RetryingEngine(new OrleansEngine(cluster.Client));

    /// <summary>The Orleans engine on a test cluster without the retry wrapper.</summary>
    public static ISimulationEngine RawEngineOf(TestCluster cluster) => new OrleansEngine(cluster.Client);

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "otsim-cluster-tests", Guid.NewGuid().ToString("N"));

    public static Task<PolicySummary> RunAsync(Scenario scenario, ISimulationEngine engine, string folder, CancellationToken cancellationToken = default, bool? parquet = null) =>
        RunPipeline.ExecuteAsync(scenario, engine, new RunOptions(folder, null, false, false, parquet), null, cancellationToken);

    /// <summary>
    /// Every file of both folders, byte for byte (the resolved scenario's program version line included; the resolved
    /// scenario left out when the runs' scenarios differ only in settings that must not change the data).
    /// </summary>
    public static void AssertSameFiles(string expected, string actual, bool exceptResolvedScenario = false)
    {
        var names = Directory.GetFiles(expected).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(names, Directory.GetFiles(actual).Select(Path.GetFileName).Order().ToArray());
        Assert.Contains("students.csv", names);
        foreach (string? name in names.Where(n => !exceptResolvedScenario || n != "scenario.resolved.json"))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name!))), $"{name} differs");
        }
        Assert.False(Directory.Exists(Path.Combine(actual, WorkFolder.FolderName)), "the work folder is left behind");
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OtSim.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("OtSim.sln not found above the test folder.");
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder
            .AddOtSimGrains()
            .AddIncomingGrainCallFilter<MidCellGate>()
            .Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 2;
            });
    }
}

/// <summary>Counts attempts at cells (first tries and redone cells alike).</summary>
internal sealed class CountingEngine(ISimulationEngine inner) : ISimulationEngine
{
    private int _attempts;

    public int Attempts => _attempts;

    public Task<CellResult> RunCellAsync(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        return inner.RunCellAsync(scenario, cell, includeWeeks, cancellationToken);
    }
}

/// <summary>An engine that runs a hook before cell number <c>at</c> (1-based) starts, without waiting for it.</summary>
internal sealed class HookEngine(ISimulationEngine inner, int at, Action hook) : ISimulationEngine
{
    private int _calls;

    public int Calls => _calls;

    public Task<CellResult> RunCellAsync(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) == at)
        {
            hook();
        }
        return inner.RunCellAsync(scenario, cell, includeWeeks, cancellationToken);
    }
}

/// <summary>The factorial experiment run once on a one-silo cluster: the reference output of the other tests.</summary>
public sealed class ReferenceRun : IAsyncLifetime
{
    public string Folder { get; } = Support.NewFolder();

    public async Task InitializeAsync()
    {
        var cluster = await Support.StartClusterAsync(1);
        try
        {
            await Support.RunAsync(Support.Factorial(), Support.EngineOf(cluster), Folder);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition("reference")]
public sealed class ReferenceCollection : ICollectionFixture<ReferenceRun>;
