using System.Diagnostics;
using System.Globalization;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Wall-clock time of each analysis step, written to standard error when the environment variable
/// <c>OTSIM_ANALYSIS_TIMINGS</c> is set (to anything); silent otherwise. For profiling large runs.
/// </summary>
internal sealed class StepTimer
{
    private readonly bool _enabled = Environment.GetEnvironmentVariable("OTSIM_ANALYSIS_TIMINGS") is { Length: > 0 };
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    /// <summary>Runs <paramref name="step"/> and logs its time.</summary>
    public T Time<T>(string name, Func<T> step)
    {
        if (!_enabled)
        {
            return step();
        }

        var start = _watch.Elapsed;
        var result = step();
        var took = _watch.Elapsed - start;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[analysis] {name,-22} {took.TotalSeconds,8:0.000} s  (managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB)"));
        return result;
    }
}
