using System.Diagnostics;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Bench;

/// <summary>An engine to time, with the label it is reported under.</summary>
/// <param name="Label">Label in the table.</param>
/// <param name="Engine">The engine.</param>
public sealed record BenchEngine(string Label, ISimulationEngine Engine);

/// <summary>
/// Times engines on one scenario: one warm-up each, then timed rounds that run every engine once in turn, so a burst of
/// load from other processes slows all engines alike instead of one. Every result is checked against the first engine's.
/// </summary>
public static class BenchRunner
{
    /// <summary>Runs the scenario's only cell on every engine; throws <see cref="BenchMismatchException"/> if any rows differ.</summary>
    public static async Task<IReadOnlyList<EngineTiming>> MeasureAsync(
        Scenario scenario, IReadOnlyList<BenchEngine> engines, int repeats, Action<string> log, CancellationToken cancellationToken)
    {
        var cell = new SimulationCell(0, 1);
        string[]? reference = null;
        foreach (var e in engines)
        {
            var stopwatch = Stopwatch.StartNew();
            var warmUp = await e.Engine.RunCellAsync(scenario, cell, includeWeeks: false, cancellationToken);
            stopwatch.Stop();
            var rows = ResultRows.Of(scenario, warmUp);
            reference ??= rows;
            ResultRows.Check(reference, rows, e.Label, engines[0].Label);
            log($"  {e.Label,-24} warm-up  {stopwatch.Elapsed.TotalSeconds,7:F3} s wall");
        }

        var seconds = engines.Select(_ => new double[repeats]).ToArray();
        var cpuSeconds = engines.Select(_ => new double[repeats]).ToArray();
        var allocated = new long[engines.Count];
        var peaks = new long[engines.Count];
        using var process = Process.GetCurrentProcess();
        for (int r = 0; r < repeats; r++)
        {
            for (int k = 0; k < engines.Count; k++)
            {
                // Each run starts from a collected heap, so no engine pays for the previous one's garbage.
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                CellResult result;
                var stopwatch = Stopwatch.StartNew();
                using (var sampler = new WorkingSetSampler())
                {
                    result = await engines[k].Engine.RunCellAsync(scenario, cell, includeWeeks: false, cancellationToken);
                    stopwatch.Stop();
                    peaks[k] = Math.Max(peaks[k], sampler.Peak);
                }
                process.Refresh();
                cpuSeconds[k][r] = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                allocated[k] += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                seconds[k][r] = stopwatch.Elapsed.TotalSeconds;
                ResultRows.Check(reference!, ResultRows.Of(scenario, result), engines[k].Label, engines[0].Label);
                log($"  {engines[k].Label,-24} round {r + 1}  {seconds[k][r],7:F3} s wall, {cpuSeconds[k][r],7:F3} s CPU");
            }
        }
        double students = scenario.District.Students;
        return engines.Select((e, k) => new EngineTiming(e.Label, seconds[k], cpuSeconds[k], allocated[k] / (repeats * students), peaks[k])).ToArray();
    }
}
