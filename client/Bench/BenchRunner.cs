using System.Diagnostics;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Bench;

/// <summary>Times one engine on one scenario: a warm-up, then timed repeats, checking every result against a reference.</summary>
public static class BenchRunner
{
    /// <summary>
    /// Runs the scenario's only cell once to warm up, then <paramref name="repeats"/> timed times. Every run's
    /// students.csv rows must equal <paramref name="reference"/> (or, when it is null, the warm-up's rows, which are returned).
    /// </summary>
    public static async Task<(EngineTiming Timing, string[] Rows)> MeasureAsync(
        string label, Scenario scenario, ISimulationEngine engine, int repeats, (string[] Rows, string Label)? reference,
        Action<string> log, CancellationToken cancellationToken)
    {
        var cell = new SimulationCell(0, 1);
        // Give back what the previous phase held, so the sampled working set is this engine's.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var sampler = new WorkingSetSampler();

        var warmStopwatch = Stopwatch.StartNew();
        var warmUp = await engine.RunCellAsync(scenario, cell, includeWeeks: false, cancellationToken);
        warmStopwatch.Stop();
        var rows = ResultRows.Of(scenario, warmUp);
        var (expected, expectedLabel) = reference ?? (rows, $"{label} warm-up");
        ResultRows.Check(expected, rows, label, expectedLabel);
        log($"  {label,-22} warm-up {warmStopwatch.Elapsed.TotalSeconds,8:F3} s");

        var seconds = new double[repeats];
        long allocated = 0;
        for (int r = 0; r < repeats; r++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            var result = await engine.RunCellAsync(scenario, cell, includeWeeks: false, cancellationToken);
            stopwatch.Stop();
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            seconds[r] = stopwatch.Elapsed.TotalSeconds;
            ResultRows.Check(expected, ResultRows.Of(scenario, result), label, expectedLabel);
            log($"  {label,-22} run {r + 1}   {seconds[r],8:F3} s");
        }
        double perStudent = allocated / ((double)repeats * scenario.District.Students);
        return (new EngineTiming(label, seconds, perStudent, sampler.Peak), rows);
    }
}
