using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OtSim.Model.Engine;
using OtSim.Silo;
using OtSim.Silo.Web;

namespace OtSim.Client.Engine;

/// <summary>Where the grains run: an embedded silo in this process (default), or a running cluster.</summary>
/// <param name="Cluster">Connect to a running cluster instead of starting an embedded silo.</param>
/// <param name="GatewayPorts">Gateway ports of the cluster's silos on this machine.</param>
/// <param name="Redis">Redis <c>host:port</c> holding the cluster's membership; used instead of the gateway ports when given.</param>
public sealed record EngineTarget(bool Cluster, IReadOnlyList<int> GatewayPorts, string? Redis = null)
{
    /// <summary>The embedded default.</summary>
    public static EngineTarget Embedded { get; } = new(false, []);
}

/// <summary>Starts the Orleans side (embedded silo or cluster client) and hands out an <see cref="ISimulationEngine"/>.</summary>
public sealed class EngineHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly bool _embedded;
    private bool _leftForExit;

    private EngineHost(IHost host, ISimulationEngine engine, bool embedded)
    {
        _host = host;
        Engine = engine;
        _embedded = embedded;
    }

    /// <summary>The engine to run cells on.</summary>
    public ISimulationEngine Engine { get; }

    /// <summary>Starts an embedded silo or connects to a cluster.</summary>
    public static async Task<EngineHost> StartAsync(EngineTarget target, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Error).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Once the command is stopping (Ctrl+C, or a run that failed before using a silo started early), the runtime's
        // errors about an interrupted start or stop are noise: the command reports what happened in one line.
        builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Error && !cancellationToken.IsCancellationRequested);
        // Ctrl+C and SIGTERM belong to the command (Cli.StopSignals), which stops the run first and then this host;
        // the default console lifetime would stop the silo under a run that is still finishing its cell.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        Configure(builder, target);
        var host = builder.Build();
        try
        {
            await StartHostAsync(host, target, cancellationToken);
        }
        catch (Exception) when (!target.Cluster)
        {
            // A cluster connection that fails disposes its host itself (ConnectAsync).
            host.Dispose();
            throw;
        }
        return new EngineHost(host, EngineOf(host.Services), !target.Cluster);
    }

    /// <summary>
    /// Adds the Orleans side of <paramref name="target"/> (an embedded silo or a cluster client) to a host being built;
    /// with <paramref name="dashboard"/> it also collects (embedded silo) or reads (cluster client) the Orleans dashboard's figures.
    /// </summary>
    public static void Configure(IHostApplicationBuilder builder, EngineTarget target, bool dashboard = false)
    {
        if (target.Cluster)
        {
            builder.UseOrleansClient(client =>
            {
                if (target.Redis is { } redis)
                {
                    client.UseOtSimRedisClustering(redis);
                }
                else
                {
                    client.UseStaticClustering(target.GatewayPorts.Select(p => new IPEndPoint(IPAddress.Loopback, p)).ToArray());
                }
                if (dashboard)
                {
                    client.AddOtSimDashboard();
                }
            });
        }
        else
        {
            int siloPort = FreePorts.Next();
            int gatewayPort = FreePorts.Next();
            builder.UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort).AddOtSimGrains();
                if (dashboard)
                {
                    silo.AddOtSimDashboard();
                }
            });
        }
    }

    /// <summary>Starts a host configured with <see cref="Configure"/>; a cluster that does not answer is a usage error, not a hang.</summary>
    public static Task StartHostAsync(IHost host, EngineTarget target, CancellationToken cancellationToken) =>
        target.Cluster ? ConnectAsync(host, target, cancellationToken) : host.StartAsync(cancellationToken);

    /// <summary>The engine on the grains of a host configured with <see cref="Configure"/>.</summary>
    public static ISimulationEngine EngineOf(IServiceProvider services) =>
        new RetryingEngine(new OrleansEngine(services.GetRequiredService<IGrainFactory>()));

    /// <summary>How long to try reaching a cluster's gateways before giving up.</summary>
    public static TimeSpan ClusterConnectTimeout { get; } = TimeSpan.FromSeconds(20);

    private static async Task ConnectAsync(IHost host, EngineTarget target, CancellationToken cancellationToken)
    {
        // With no silo listening the Orleans client keeps waiting for a gateway, so the run would hang in silence.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ClusterConnectTimeout);
        try
        {
            await host.StartAsync(timeout.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw new Cli.UsageException(
                $"--cluster: no cluster answered {(target.Redis is { } redis ? $"through Redis at {redis}" : $"on gateway port(s) {string.Join(", ", target.GatewayPorts)}")} within {ClusterConnectTimeout.TotalSeconds:0} s " +
                $"({ex.GetType().Name}). Start a silo first (dotnet run --project silo) or give its ports with --gateway.");
        }
    }

    /// <summary>A host lifetime that leaves signals to the command.</summary>
    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>
    /// Leaves an embedded silo to end with the process instead of stopping it: for a command that has published its
    /// results and is about to exit. Even an immediate stop walks every activation (3.0 s after a 1,000,000-student run),
    /// and an embedded silo holds nothing that outlives the process. A cluster client is still closed properly.
    /// </summary>
    public void LeaveForProcessExit() => _leftForExit = _embedded;

    /// <inheritdoc />
    /// <remarks>
    /// An embedded silo is stopped at once, not gracefully: it is the only silo, its grains hold nothing that outlives the
    /// command, and deactivating every classroom grain one by one took 1.7-1.9 s of wall time after a 57,600-student run.
    /// </remarks>
    public async ValueTask DisposeAsync()
    {
        if (_leftForExit)
        {
            return;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        if (_embedded)
        {
            await timeout.CancelAsync();
        }
        try
        {
            await _host.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Shutting down after Ctrl+C: results were already abandoned or committed.
        }
        _host.Dispose();
    }
}
