using MathNet.Numerics.Distributions;

namespace OtSim.Statistics;

/// <summary>Pearson and Spearman correlation with tests and confidence intervals.</summary>
public static class Correlation
{
    /// <summary>
    /// Pearson product-moment correlation, matching R's <c>cor.test(x, y)</c>: t = r·sqrt((n-2)/(1-r²)) on n - 2 df
    /// (two-sided p), and the Fisher-z interval tanh(atanh(r) ± z_{(1+level)/2} / sqrt(n-3)) (NaN when n ≤ 3).
    /// </summary>
    /// <param name="x">First variable.</param>
    /// <param name="y">Second variable, paired with <paramref name="x"/>.</param>
    /// <param name="level">Confidence level.</param>
    public static CorrelationResult Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y, double level = 0.95)
    {
        double r = PearsonR(x, y);
        return Build("pearson", r, x.Count, 1.0, level);
    }

    /// <summary>
    /// Spearman rank correlation ρ: the Pearson correlation of the ranks, with tied values given their average rank.
    /// </summary>
    /// <remarks>
    /// <para>p-value: the t approximation t = ρ·sqrt((n-2)/(1-ρ²)) on n - 2 df, which is exactly what R's
    /// <c>cor.test(x, y, method = "spearman", exact = FALSE)</c> uses (<c>stats:::pspearman</c> for the non-exact
    /// case), with or without ties.</para>
    /// <para>Interval: Fisher z with the Fieller, Hartley &amp; Pearson (1957) variance 1.06/(n-3), i.e.
    /// tanh(atanh(ρ) ± z_{(1+level)/2}·sqrt(1.06/(n-3))). R's <c>cor.test</c> gives no interval for Spearman.</para>
    /// </remarks>
    /// <param name="x">First variable.</param>
    /// <param name="y">Second variable, paired with <paramref name="x"/>.</param>
    /// <param name="level">Confidence level.</param>
    public static CorrelationResult Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y, double level = 0.95)
    {
        double rho = PearsonR(Ranking.AverageRanks(x), Ranking.AverageRanks(y));
        return Build("spearman", rho, x.Count, 1.06, level);
    }

    private static CorrelationResult Build(string method, double r, int n, double varianceFactor, double level)
    {
        double df = n - 2;
        double t = r * Math.Sqrt(df / (1.0 - r * r));
        double p = Distributions.TwoSidedPValue(t, df);
        double lo = double.NaN;
        double hi = double.NaN;
        if (n > 3)
        {
            double z = Math.Atanh(r);
            double se = Math.Sqrt(varianceFactor / (n - 3));
            double q = Normal.InvCDF(0.0, 1.0, 0.5 + level / 2.0);
            lo = Math.Tanh(z - q * se);
            hi = Math.Tanh(z + q * se);
        }

        return new CorrelationResult(method, r, lo, hi, p, t, df, n);
    }

    private static double PearsonR(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count < 3)
        {
            throw new ArgumentException("x and y must be paired and have at least 3 values.");
        }

        int n = x.Count;
        double mx = x.Average();
        double my = y.Average();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }
}
