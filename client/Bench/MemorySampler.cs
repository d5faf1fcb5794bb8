namespace OtSim.Client.Bench;

/// <summary>
/// Samples the process working set and the managed heap in the background. Process.PeakWorkingSet64 only ever grows
/// over the whole process, so it cannot tell one engine's peak from an earlier one's; sampling gives a peak per phase.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peakWorkingSet;
    private long _peakHeap;

    /// <summary>Starts sampling every <paramref name="periodMilliseconds"/>.</summary>
    public MemorySampler(int periodMilliseconds = 10)
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, 0, periodMilliseconds);
    }

    /// <summary>The largest working set seen so far, in bytes.</summary>
    public long PeakWorkingSet
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peakWorkingSet);
        }
    }

    /// <summary>The largest managed heap (<see cref="GC.GetTotalMemory(bool)"/>, live and not yet collected) seen so far.</summary>
    public long PeakHeap
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peakHeap);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        Raise(ref _peakWorkingSet, Environment.WorkingSet);
        Raise(ref _peakHeap, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static void Raise(ref long peak, long now)
    {
        long seen;
        while (now > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen)
        {
        }
    }
}
