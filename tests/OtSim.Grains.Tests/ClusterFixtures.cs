using Orleans.TestingHost;
using OtSim.Silo;

namespace OtSim.Grains.Tests;

/// <summary>Configures every test silo exactly like the product's silos.</summary>
public sealed class OtSimSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddOtSimGrains();
}

/// <summary>An in-process Orleans test cluster, started once and shared by the tests of a collection.</summary>
public abstract class ClusterFixture(short silos) : IAsyncLifetime
{
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not been started.");

    public IGrainFactory Grains => Cluster.Client;

    public short Silos => silos;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder();
        builder.Options.InitialSilosCount = silos;
        builder.AddSiloBuilderConfigurator<OtSimSiloConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is null)
        {
            return;
        }
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }
}

public sealed class SingleSiloCluster() : ClusterFixture(1);

public sealed class ThreeSiloCluster() : ClusterFixture(3);

/// <summary>
/// Both clusters live for the whole collection. One collection (rather than one per cluster) because the
/// determinism tests compare the two, and on a 2-core machine running the tests one at a time is no loss.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClustersCollection : ICollectionFixture<SingleSiloCluster>, ICollectionFixture<ThreeSiloCluster>
{
    public const string Name = "Orleans test clusters";
}
