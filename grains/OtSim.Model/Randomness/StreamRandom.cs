namespace OtSim.Model.Randomness;

/// <summary>
/// A deterministic pseudo-random stream (xoshiro256**) keyed by (seed, replication, entity id, purpose).
/// Every draw in the model comes from a stream created here, never from a shared generator or from
/// message arrival order, so results do not depend on scheduling, concurrency or silo placement.
/// </summary>
/// <remarks>A mutable struct: pass it by <c>ref</c> so that draws advance the caller's stream.</remarks>
public struct StreamRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Creates the stream for one entity and purpose.</summary>
    public StreamRandom(ulong seed, int replication, long entityId, StreamPurpose purpose)
    {
        // SplitMix64 over a mix of the key parts gives well-separated xoshiro states for nearby keys.
        ulong x = seed;
        x = Mix(x ^ (0x9E3779B97F4A7C15UL * (ulong)(uint)replication + 0xD1B54A32D192ED03UL));
        x = Mix(x ^ (0xBF58476D1CE4E5B9UL * (ulong)entityId + 0x94D049BB133111EBUL));
        x = Mix(x ^ (0x2545F4914F6CDD1DUL * (ulong)purpose));
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1;
        }
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool NextBernoulli(double p) => NextDouble() < p;

    /// <summary>Standard normal by the Box-Muller transform (one value per call, so the draw count is fixed).</summary>
    public double NextNormal()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Normal with the given mean and standard deviation.</summary>
    public double NextNormal(double mean, double sd) => mean + sd * NextNormal();

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return Mix(x);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
