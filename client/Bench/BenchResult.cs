namespace OtSim.Client.Bench;

/// <summary>How one engine did on one benchmark size.</summary>
/// <param name="Engine">Engine label.</param>
/// <param name="IsReference">Whether this is the engine ratios are taken to.</param>
/// <param name="Seconds">Wall time of every timed repeat (the warm-up is not included).</param>
/// <param name="CpuSeconds">Processor time the whole process used in every timed repeat, all cores added up.</param>
/// <param name="AllocatedBytesPerStudent">Managed bytes allocated by the whole process per student per repeat.</param>
/// <param name="PeakWorkingSetBytes">Largest process working set sampled during this engine's runs at this size.</param>
/// <param name="WorkingSetGrowthBytes">Largest rise of the working set during one run over its value just before it (warm-up included).</param>
/// <param name="HeapGrowthBytes">Largest rise of the managed heap during one run over its value just before it (warm-up included).</param>
public sealed record EngineTiming(
    string Engine, bool IsReference, IReadOnlyList<double> Seconds, IReadOnlyList<double> CpuSeconds, double AllocatedBytesPerStudent,
    long PeakWorkingSetBytes, long WorkingSetGrowthBytes, long HeapGrowthBytes)
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
/// <param name="Engines">Timings, in the order run.</param>
public sealed record SizeResult(long Students, int Classrooms, int Therapists, int Weeks, IReadOnlyList<EngineTiming> Engines)
{
    /// <summary>Student-weeks simulated per second at the median wall time.</summary>
    public double StudentWeeksPerSecond(EngineTiming timing) => Students * Weeks / timing.MedianSeconds;

    /// <summary>Median wall time per student in microseconds.</summary>
    public double MicrosecondsPerStudent(EngineTiming timing) => timing.MedianSeconds * 1e6 / Students;

    /// <summary>Median wall time relative to the plain loop on all cores, or null if it was not run.</summary>
    public double? RatioToPlain(EngineTiming timing) =>
        Engines.FirstOrDefault(e => e.IsReference) is { } reference ? timing.MedianSeconds / reference.MedianSeconds : null;
}

/// <summary>Two engines produced different students.csv rows for the same scenario.</summary>
public sealed class BenchMismatchException(string message) : Exception(message);
