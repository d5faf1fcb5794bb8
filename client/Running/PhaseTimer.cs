using System.Diagnostics;
using System.Globalization;

namespace OtSim.Client.Running;

/// <summary>
/// With <c>OTSIM_TIMING=1</c> in the environment, writes one line to standard error per phase of a command: wall seconds
/// since the process started and the process's CPU seconds (user + system) so far. For finding where a cold run's time
/// goes (process start, silo start, cells, writing); also the GC counts (gen 0/1/2) and total GC pause so far.
/// Without the variable it does nothing.
/// </summary>
public static class PhaseTimer
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("OTSIM_TIMING") == "1";

    /// <summary>Whether timing is on.</summary>
    public static bool On => Enabled;

    /// <summary>Writes a timing line for <paramref name="phase"/> when timing is on.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }
        using var process = Process.GetCurrentProcess();
        double wall = (DateTime.Now - process.StartTime).TotalSeconds;
        double cpu = process.TotalProcessorTime.TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timing {wall,7:0.000} s wall {cpu,7:0.000} s cpu  gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalSeconds:0.000} s  {phase}"));
    }
}
