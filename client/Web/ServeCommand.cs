using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using OtSim.Client.Cli;
using OtSim.Client.Engine;
using OtSim.Silo.Web;

namespace OtSim.Client.Web;

/// <summary><c>otsim serve</c>: the workshop page, staffing explorer, results list and Orleans dashboard on one embedded silo (or a cluster).</summary>
public static class ServeCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: dotnet run --project client -- serve [options]
          --port N             port (default 5080)
          --host ADDR          address to listen on (default 127.0.0.1; any other address needs a token)
          --token T            require this token on every API call (or set OTSIM_TOKEN)
          --out DIR            this session's results folder (default results/serve-<date-time>)
          --cluster            run on a running cluster (start one with: dotnet run --project silo)
          --gateway PORTS      gateway ports of the cluster's silos, comma-separated (default 30000)
        The Orleans dashboard of the silo or cluster is at /dashboard/, behind the same token.
        Stops on Ctrl+C or SIGTERM: a run in progress is cancelled and cleaned up, finished runs are kept.
        """;

    private static readonly string[] ValueOptions = ["port", "host", "token", "out", "gateway"];
    private static readonly string[] FlagOptions = ["cluster"];

    /// <summary>Runs the page until Ctrl+C or SIGTERM; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positional.Count != 0)
        {
            throw new UsageException($"serve takes no file; unexpected \"{parsed.Positional[0]}\".\n{Usage}");
        }
        int port = (int)(parsed.Integer("port", 1, 65535) ?? ServeSettings.DefaultPort);
        string output = parsed.Value("out") ?? Path.Combine("results", $"serve-{DateTime.Now:yyyyMMdd-HHmmss}");
        var settings = ServeSettings.Create(
            parsed.Value("host") ?? "127.0.0.1",
            port,
            parsed.Value("token") ?? Environment.GetEnvironmentVariable(ServeSettings.TokenVariable),
            output);
        var target = parsed.Flag("cluster") ? new EngineTarget(true, GatewayPortsOption.Parse(parsed.Value("gateway"))) : EngineTarget.Embedded;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // SIGTERM (systemd, docker stop, kill) is handled like Ctrl+C.
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            Console.Error.WriteLine("\nStopping (SIGTERM): a run in progress is cancelled; finished runs are kept...");
            stop.Cancel();
        });

        Console.Error.WriteLine(target.Cluster ? "Connecting to the cluster..." : "Starting the embedded silo...");
        await using var app = WebServer.Create(settings, target);
        await WebServer.StartAsync(app, target, stop.Token);
        string url = WebServer.Address(app);
        string query = settings.Token is null ? "" : "?token=<your token>";
        foreach (string address in ServeAddresses.For(settings.Host, url))
        {
            Console.WriteLine($"OtSim page: {address}/{query}");
        }
        Console.WriteLine($"Orleans dashboard of the {(target.Cluster ? "cluster" : "embedded silo")}: {ServeAddresses.For(settings.Host, url)[0]}{ClusterDashboard.ServePath}/{query}");
        Console.WriteLine($"Results of this session: {settings.OutputDirectory}");
        Console.WriteLine("Press Ctrl+C to stop.");
        try
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, app.Lifetime.ApplicationStopping);
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: stop taking requests, end the run in progress, then the silo.
        }
        await app.StopAsync(CancellationToken.None);
        Console.Error.WriteLine("Stopped.");
        return 0;
    }
}
