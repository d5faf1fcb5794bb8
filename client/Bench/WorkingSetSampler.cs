namespace OtSim.Client.Bench;

/// <summary>
/// Samples the process working set in the background. Process.PeakWorkingSet64 only ever grows over the whole process,
/// so it cannot tell one engine's peak from an earlier one's; sampling gives a peak per phase.
/// </summary>
public sealed class WorkingSetSampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    /// <summary>Starts sampling every <paramref name="periodMilliseconds"/>.</summary>
    public WorkingSetSampler(int periodMilliseconds = 20)
    {
        _peak = Environment.WorkingSet;
        _timer = new Timer(_ => Sample(), null, 0, periodMilliseconds);
    }

    /// <summary>The largest working set seen so far, in bytes.</summary>
    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        long now = Environment.WorkingSet;
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }
}
