namespace OtSim.Client.Bench;

/// <summary>How one engine did on one benchmark size.</summary>
/// <param name="Engine">Engine label.</param>
/// <param name="Seconds">Wall time of every timed repeat (the warm-up is not included).</param>
/// <param name="CpuSeconds">Processor time the whole process used in every timed repeat, all cores added up.</param>
/// <param name="AllocatedBytesPerStudent">Managed bytes allocated by the whole process per student per repeat.</param>
/// <param name="PeakWorkingSetBytes">Largest process working set sampled during this engine's timed runs at this size.</param>
public sealed record EngineTiming(
    string Engine, IReadOnlyList<double> Seconds, IReadOnlyList<double> CpuSeconds, double AllocatedBytesPerStudent, long PeakWorkingSetBytes)
{
    /// <summary>Median wall time in seconds.</summary>
    public double MedianSeconds => Median(Seconds);

    /// <summary>Median processor time in seconds.</summary>
    public double MedianCpuSeconds => Median(CpuSeconds);

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

/// <summary>All engines on one benchmark size.</summary>
/// <param name="Students">Students in the scenario.</param>
/// <param name="Classrooms">Classrooms (one Orleans call each).</param>
/// <param name="Therapists">Therapists (one schedule each).</param>
/// <param name="Weeks">Weeks in the year.</param>
/// <param name="Engines">Timings; the first is the plain loop on all cores, the reference for ratios.</param>
public sealed record SizeResult(long Students, int Classrooms, int Therapists, int Weeks, IReadOnlyList<EngineTiming> Engines)
{
    /// <summary>Student-weeks simulated per second at the median wall time.</summary>
    public double StudentWeeksPerSecond(EngineTiming timing) => Students * Weeks / timing.MedianSeconds;

    /// <summary>Median wall time relative to the plain loop on all cores.</summary>
    public double RatioToPlain(EngineTiming timing) => timing.MedianSeconds / Engines[0].MedianSeconds;
}

/// <summary>Two engines produced different students.csv rows for the same scenario.</summary>
public sealed class BenchMismatchException(string message) : Exception(message);
