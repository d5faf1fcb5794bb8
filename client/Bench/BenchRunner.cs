using System.Diagnostics;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Bench;

/// <summary>An engine to time, with the label it is reported under.</summary>
/// <param name="Label">Label in the table.</param>
/// <param name="Engine">The engine.</param>
/// <param name="IsReference">Whether ratios are taken to this engine's wall time (the plain loop on all cores).</param>
public sealed record BenchEngine(string Label, ISimulationEngine Engine, bool IsReference = false);

/// <summary>
/// Times engines on one scenario: one warm-up each, then timed rounds that run every engine once in turn, so a burst of
/// load from other processes slows all engines alike instead of one. Every result is checked against the first engine's.
/// Memory: before every run (warm-up included) the heap is collected and the working set and managed heap are read;
/// during the run both are sampled every 10 ms; the engine's figure is the largest rise over that baseline.
/// </summary>
public static class BenchRunner
{
    /// <summary>Runs the scenario's only cell on every engine; throws <see cref="BenchMismatchException"/> if any rows differ.</summary>
    public static async Task<IReadOnlyList<EngineTiming>> MeasureAsync(
        Scenario scenario, IReadOnlyList<BenchEngine> engines, int repeats, Action<string> log, CancellationToken cancellationToken)
    {
        var cell = new SimulationCell(0, 1);
        ulong[]? reference = null;
        var memory = new MemoryPeak[engines.Count];
        for (int k = 0; k < engines.Count; k++)
        {
            var e = engines[k];
            var (warmUp, seconds, _, peak) = await RunOnceAsync(e.Engine, scenario, cell, cancellationToken);
            memory[k] = memory[k].Max(peak);
            var rows = ResultRows.Of(scenario, warmUp);
            reference ??= rows;
            ResultRows.Check(reference, rows, scenario, warmUp, e.Label, engines[0].Label);
            log($"  {e.Label,-24} warm-up  {seconds,7:F3} s wall, working set +{peak.WorkingSetGrowth / 1048576.0:N0} MB, heap +{peak.HeapGrowth / 1048576.0:N0} MB");
        }

        var wall = engines.Select(_ => new double[repeats]).ToArray();
        var cpuSeconds = engines.Select(_ => new double[repeats]).ToArray();
        var allocated = new long[engines.Count];
        for (int r = 0; r < repeats; r++)
        {
            for (int k = 0; k < engines.Count; k++)
            {
                long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var (result, seconds, cpu, peak) = await RunOnceAsync(engines[k].Engine, scenario, cell, cancellationToken);
                allocated[k] += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                cpuSeconds[k][r] = cpu;
                wall[k][r] = seconds;
                memory[k] = memory[k].Max(peak);
                ResultRows.Check(reference!, ResultRows.Of(scenario, result), scenario, result, engines[k].Label, engines[0].Label);
                log($"  {engines[k].Label,-24} round {r + 1}  {seconds,7:F3} s wall, {cpuSeconds[k][r],7:F3} s CPU");
            }
        }
        double students = scenario.District.Students;
        return engines.Select((e, k) => new EngineTiming(
            e.Label, e.IsReference, wall[k], cpuSeconds[k], allocated[k] / (repeats * students),
            memory[k].WorkingSet, memory[k].WorkingSetGrowth, memory[k].HeapGrowth)).ToArray();
    }

    private static async Task<(CellResult Result, double Seconds, double CpuSeconds, MemoryPeak Peak)> RunOnceAsync(
        ISimulationEngine engine, Scenario scenario, SimulationCell cell, CancellationToken cancellationToken)
    {
        // Each run starts from a collected heap, so no engine pays for the previous one's garbage.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        long workingSetBefore = Environment.WorkingSet;
        long heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        using var process = Process.GetCurrentProcess();
        using var sampler = new MemorySampler();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var result = await engine.RunCellAsync(scenario, cell, includeWeeks: false, cancellationToken);
        stopwatch.Stop();
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        long peakWorkingSet = sampler.PeakWorkingSet;
        var peak = new MemoryPeak(peakWorkingSet, peakWorkingSet - workingSetBefore, sampler.PeakHeap - heapBefore);
        return (result, stopwatch.Elapsed.TotalSeconds, cpu, peak);
    }

    private readonly record struct MemoryPeak(long WorkingSet, long WorkingSetGrowth, long HeapGrowth)
    {
        public MemoryPeak Max(MemoryPeak other) => new(
            Math.Max(WorkingSet, other.WorkingSet), Math.Max(WorkingSetGrowth, other.WorkingSetGrowth), Math.Max(HeapGrowth, other.HeapGrowth));
    }
}
