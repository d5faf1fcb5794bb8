using OtSim.Model.Randomness;

namespace OtSim.Model.Experiments;

/// <summary>Latin hypercube sampling on the unit cube: each of the n strata of every dimension holds exactly one point.</summary>
public static class LatinHypercube
{
    /// <summary>
    /// <paramref name="samples"/> points in [0, 1)^<paramref name="dimensions"/>: <c>result[i][d]</c>. Dimension d
    /// uses a random permutation of the strata and a uniform offset inside each, all from streams keyed by the seed.
    /// </summary>
    public static double[][] Sample(int samples, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        var points = new double[samples][];
        for (int i = 0; i < samples; i++)
        {
            points[i] = new double[dimensions];
        }
        for (int d = 0; d < dimensions; d++)
        {
            // One stream per dimension, so adding a range does not move the others' points.
            var rng = new StreamRandom(seed, 0, d + 1, StreamPurpose.DesignSample);
            var strata = Enumerable.Range(0, samples).ToArray();
            for (int i = samples - 1; i > 0; i--)
            {
                int j = (int)(rng.NextDouble() * (i + 1));
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }
            for (int i = 0; i < samples; i++)
            {
                points[i][d] = Math.Min((strata[i] + rng.NextDouble()) / samples, Math.BitDecrement(1.0));
            }
        }
        return points;
    }
}
