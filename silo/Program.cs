using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OtSim.Silo;

SiloOptions options;
try
{
    if (SiloOptions.Parse(args) is not { } parsed)
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

var builder = Host.CreateApplicationBuilder();
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
});

using var host = builder.Build();
await host.StartAsync();
Console.WriteLine($"OtSim silo running: silo port {options.SiloPort}, gateway port {options.GatewayPort}"
    + (options.Redis is null ? "" : $", cluster membership in Redis at {options.Redis}") + ". Ctrl+C to stop.");
await host.WaitForShutdownAsync();
return 0;
