using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OtSim.Silo;
using OtSim.Silo.Web;

SiloOptions options;
try
{
    if (SiloOptions.Parse(args, Environment.GetEnvironmentVariable(WebAccess.TokenVariable)) is not { } parsed)
    {
        return 0;
    }
    options = parsed;
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

if (options.Dashboard is { } wanted && ClusterDashboard.IsTaken(wanted.Access, wanted.Port))
{
    Console.Error.WriteLine($"--dashboard {wanted.Port}: something already listens on port {wanted.Port} of {wanted.Access.Host}; give another port.");
    return 2;
}

// With a dashboard the silo runs in a web host (Kestrel and the silo in one process); without one, in a plain host.
WebApplicationBuilder? web = options.Dashboard is null ? null : WebApplication.CreateSlimBuilder();
IHostApplicationBuilder builder = web is null ? Host.CreateApplicationBuilder() : web;
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo =>
{
    if (options.Redis is { } redis)
    {
        silo.UseOtSimRedisClustering(redis, options.SiloPort, options.GatewayPort);
    }
    else
    {
        silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, new IPEndPoint(IPAddress.Loopback, options.PrimarySiloPort));
    }
    silo.AddOtSimGrains();
    // Every silo reports to the cluster's dashboards (its own, another silo's, or serve --cluster's), served or not.
    silo.AddOtSimDashboard();
});

using IHost host = web is not null && options.Dashboard is { } dashboard
    ? ClusterDashboard.BuildSiloHost(web, dashboard.Access, dashboard.Port)
    : ((HostApplicationBuilder)builder).Build();
try
{
    await host.StartAsync();
}
catch (IOException ex) when (options.Dashboard is { } taken)
{
    // Kestrel's "address already in use": a second silo on this machine asking for the same dashboard port.
    Console.Error.WriteLine($"--dashboard {taken.Port}: cannot listen on {taken.Access.Host}:{taken.Port} ({ex.Message}); give another port.");
    return 2;
}
Console.WriteLine($"OtSim silo running: silo port {options.SiloPort}, gateway port {options.GatewayPort}"
    + (options.Redis is null ? "" : $", cluster membership in Redis at {options.Redis}") + ". Ctrl+C to stop.");
if (options.Dashboard is { } shown)
{
    string shownHost = shown.Access.Host.Contains(':', StringComparison.Ordinal) ? $"[{shown.Access.Host.Trim('[', ']')}]" : shown.Access.Host;
    Console.WriteLine($"Orleans dashboard: http://{shownHost}:{shown.Port}/" + (shown.Access.Token is null ? "" : "?token=<your token>"));
}
await host.WaitForShutdownAsync();
return 0;
