namespace OtSim.Client.Web;

/// <summary>Caps the live streams open at once, so idle or hostile clients cannot hold every connection.</summary>
/// <param name="maxStreams">Most live streams open at the same time.</param>
public sealed class StreamSlots(int maxStreams)
{
    private int _open;

    /// <summary>Most live streams open at the same time.</summary>
    public int MaxStreams => maxStreams;

    /// <summary>Takes a slot; false when all are taken.</summary>
    public bool TryEnter()
    {
        if (Interlocked.Increment(ref _open) <= maxStreams)
        {
            return true;
        }
        Interlocked.Decrement(ref _open);
        return false;
    }

    /// <summary>Gives a slot back.</summary>
    public void Exit() => Interlocked.Decrement(ref _open);
}
