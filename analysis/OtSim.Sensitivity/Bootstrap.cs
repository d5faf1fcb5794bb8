using MathNet.Numerics.Distributions;
using OtSim.Model.Randomness;

namespace OtSim.Sensitivity;

/// <summary>
/// Bootstrap intervals as SALib computes them: the statistic is recomputed on resamples (with replacement) of the
/// independent units, and the interval is estimate ± z·sd, where sd is the standard deviation (n − 1) of the
/// resampled statistics and z the normal quantile for the confidence level (SALib's <c>S1_conf</c> is z·sd).
/// </summary>
public static class Bootstrap
{
    /// <summary>Resamples used unless a caller asks otherwise (SALib's default is 100; more gives steadier intervals).</summary>
    public const int DefaultResamples = 1000;

    /// <summary>Confidence level of the intervals.</summary>
    public const double DefaultConfidence = 0.95;

    /// <summary>
    /// <paramref name="resamples"/> index sets of size <paramref name="units"/>, drawn with replacement from a stream
    /// keyed by <paramref name="seed"/> and <paramref name="stream"/>, so the intervals are reproducible.
    /// </summary>
    public static int[][] Indices(int units, int resamples, ulong seed, int stream)
    {
        var rng = new StreamRandom(seed, 3, stream, StreamPurpose.DesignSample);
        var sets = new int[resamples][];
        for (int b = 0; b < resamples; b++)
        {
            var set = new int[units];
            for (int i = 0; i < units; i++)
            {
                set[i] = (int)(rng.NextDouble() * units);
            }
            sets[b] = set;
        }
        return sets;
    }

    /// <summary>z·sd of the resampled statistics, the half-width of the interval.</summary>
    public static double HalfWidth(IReadOnlyList<double> resampled, double confidence)
    {
        int n = resampled.Count;
        double mean = resampled.Average();
        double ss = resampled.Sum(v => (v - mean) * (v - mean));
        double sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : 0;
        return Normal.InvCDF(0, 1, 0.5 + (confidence / 2)) * sd;
    }
}
