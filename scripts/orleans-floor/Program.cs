using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OtSim.OrleansFloor;

// What Orleans itself costs here, with no model work: an embedded silo configured as OtSim's, parent grains that each
// call their children once per round (the shape of a therapist grain and its classrooms), the same bounded number of
// parents in flight as the engine. The cold round pays for every activation; the warm round only for the calls.
// usage: OrleansFloor CHILDREN [CHILDREN_PER_PARENT] [PARENTS_IN_FLIGHT] [ROUNDS]
int children = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
int perParent = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 9;
int inFlight = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 4 * Environment.ProcessorCount;
int rounds = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 2;
int parents = (children + perParent - 1) / perParent;

var clock = Stopwatch.StartNew();
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Logging.SetMinimumLevel(LogLevel.Error);
builder.UseOrleans(silo => silo.UseLocalhostClustering(Port(), Port()));
using var host = builder.Build();
await host.StartAsync();
Report("silo start", clock.Elapsed, TimeSpan.Zero, 0);
var grains = host.Services.GetRequiredService<IGrainFactory>();

for (int round = 1; round <= rounds; round++)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    clock.Restart();
    using var throttle = new SemaphoreSlim(inFlight);
    var calls = new Task[parents];
    for (int p = 0; p < parents; p++)
    {
        await throttle.WaitAsync();
        long first = (long)p * perParent;
        int count = (int)Math.Min(perParent, children - first);
        calls[p] = CallAsync(grains.GetGrain<IFloorParent>(p), first, count, throttle);
    }
    await Task.WhenAll(calls);
    Report(round == 1 ? "cold round (activations + 1 call each)" : "warm round (1 call each)", clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, children + parents);
}

clock.Restart();
using (var now = new CancellationTokenSource())
{
    await now.CancelAsync();
    try
    {
        await host.StopAsync(now.Token);
    }
    catch (OperationCanceledException)
    {
        // An immediate stop, as OtSim's embedded silo.
    }
}
Report("silo stop", clock.Elapsed, TimeSpan.Zero, 0);
return 0;

static async Task CallAsync(IFloorParent parent, long first, int count, SemaphoreSlim throttle)
{
    try
    {
        await parent.CallChildrenAsync(first, count);
    }
    finally
    {
        throttle.Release();
    }
}

void Report(string what, TimeSpan wall, TimeSpan cpu, int grainCount)
{
    string per = grainCount > 0 ? $", {wall.TotalMilliseconds * 1000 / grainCount:0.0} us wall per grain" : "";
    string cpuText = cpu > TimeSpan.Zero ? $", {cpu.TotalSeconds:0.000} s cpu" : "";
    Console.WriteLine($"{what}: {wall.TotalSeconds:0.000} s wall{cpuText}{per}; gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalSeconds:0.000} s" +
        $" ({children:N0} children, {parents:N0} parents, {inFlight} parents in flight)");
}

static int Port()
{
    using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
}
