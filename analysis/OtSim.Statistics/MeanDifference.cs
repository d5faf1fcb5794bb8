using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace OtSim.Statistics;

/// <summary>Two-sample comparisons of means.</summary>
public static class MeanDifference
{
    /// <summary>
    /// Welch's unequal-variance t procedure for mean(a) - mean(b), matching R's <c>t.test(a, b)</c>: SE =
    /// sqrt(s_a²/n_a + s_b²/n_b), Welch-Satterthwaite df, two-sided p and t interval.
    /// </summary>
    /// <param name="a">First sample (at least 2 values).</param>
    /// <param name="b">Second sample (at least 2 values).</param>
    /// <param name="level">Confidence level.</param>
    public static MeanDifferenceResult Welch(IReadOnlyList<double> a, IReadOnlyList<double> b, double level = 0.95)
    {
        var (ma, va, na) = Moments(a, nameof(a));
        var (mb, vb, nb) = Moments(b, nameof(b));
        double qa = va / na;
        double qb = vb / nb;
        double se = Math.Sqrt(qa + qb);
        double df = (qa + qb) * (qa + qb) / (qa * qa / (na - 1) + qb * qb / (nb - 1));
        double diff = ma - mb;
        double t = diff / se;
        double q = Distributions.TQuantile(0.5 + level / 2.0, df);
        return new MeanDifferenceResult(diff, se, diff - q * se, diff + q * se, Distributions.TwoSidedPValue(t, df), t, df, ma, mb, na, nb);
    }

    /// <summary>
    /// Hedges' g: Cohen's d with the pooled SD, multiplied by the exact small-sample correction
    /// J = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)), m = n_a + n_b - 2 (Hedges 1981; ≈ 1 - 3/(4m - 1)).
    /// </summary>
    /// <remarks>
    /// The interval is the normal approximation g ± z·SE with SE = sqrt((n_a+n_b)/(n_a n_b) + g²/(2(n_a+n_b)))
    /// (Hedges &amp; Olkin 1985, eq. 5.15 with g in place of δ). It is approximate; for very small samples an
    /// interval from the noncentral t is more accurate.
    /// </remarks>
    /// <param name="a">First sample (at least 2 values).</param>
    /// <param name="b">Second sample (at least 2 values).</param>
    /// <param name="level">Confidence level.</param>
    public static HedgesGResult HedgesG(IReadOnlyList<double> a, IReadOnlyList<double> b, double level = 0.95)
    {
        var (ma, va, na) = Moments(a, nameof(a));
        var (mb, vb, nb) = Moments(b, nameof(b));
        double m = na + nb - 2.0;
        double pooled = Math.Sqrt(((na - 1) * va + (nb - 1) * vb) / m);
        double d = (ma - mb) / pooled;
        double j = Math.Exp(SpecialFunctions.GammaLn(m / 2.0) - 0.5 * Math.Log(m / 2.0) - SpecialFunctions.GammaLn((m - 1.0) / 2.0));
        double g = j * d;
        double se = Math.Sqrt((na + nb) / ((double)na * nb) + g * g / (2.0 * (na + nb)));
        double z = Normal.InvCDF(0.0, 1.0, 0.5 + level / 2.0);
        return new HedgesGResult(g, se, g - z * se, g + z * se, d, j, na, nb);
    }

    internal static (double Mean, double Variance, int N) Moments(IReadOnlyList<double> x, string name)
    {
        ArgumentNullException.ThrowIfNull(x, name);
        int n = x.Count;
        if (n < 2)
        {
            throw new ArgumentException("Need at least two values.", name);
        }

        double mean = x.Average();
        double ss = 0;
        foreach (double v in x)
        {
            ss += (v - mean) * (v - mean);
        }

        return (mean, ss / (n - 1), n);
    }
}
