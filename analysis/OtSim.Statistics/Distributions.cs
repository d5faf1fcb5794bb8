using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.RootFinding;

namespace OtSim.Statistics;

/// <summary>
/// Tail probabilities and quantiles used by the estimators, written so that small p-values keep full relative
/// precision (upper tails come from the regularized incomplete beta function, not from <c>1 - CDF</c>).
/// </summary>
internal static class Distributions
{
    /// <summary>Two-sided p-value P(|T| &gt;= |t|) for Student t with <paramref name="df"/> df (normal if infinite).</summary>
    public static double TwoSidedPValue(double t, double df)
    {
        if (double.IsNaN(t) || double.IsNaN(df))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0.0;
        }

        if (double.IsPositiveInfinity(df))
        {
            return 2.0 * Normal.CDF(0.0, 1.0, -Math.Abs(t));
        }

        return Math.Min(1.0, SpecialFunctions.BetaRegularized(df / 2.0, 0.5, df / (df + t * t)));
    }

    /// <summary>Upper-tail probability P(T &gt; t) for Student t with <paramref name="df"/> df.</summary>
    public static double TUpperTail(double t, double df)
    {
        double half = TwoSidedPValue(t, df) / 2.0;
        return t >= 0 ? half : 1.0 - half;
    }

    /// <summary>Upper-tail probability of the F distribution with (<paramref name="df1"/>, <paramref name="df2"/>) df.</summary>
    public static double FUpperTail(double f, double df1, double df2)
    {
        if (double.IsNaN(f))
        {
            return double.NaN;
        }

        if (f <= 0)
        {
            return 1.0;
        }

        return SpecialFunctions.BetaRegularized(df2 / 2.0, df1 / 2.0, df2 / (df2 + df1 * f));
    }

    /// <summary>Quantile of Student t with <paramref name="df"/> df (standard normal when df is infinite).</summary>
    public static double TQuantile(double p, double df)
    {
        if (p <= 0.0 || p >= 1.0 || double.IsNaN(df) || df <= 0)
        {
            return p == 0.5 ? 0.0 : double.NaN;
        }

        double z = Normal.InvCDF(0.0, 1.0, p);
        if (double.IsPositiveInfinity(df) || df > 1e10)
        {
            return z;
        }

        if (p < 0.5)
        {
            return -TQuantile(1.0 - p, df);
        }

        double upper = 1.0 - p;
        double hi = Math.Max(1.0, 2.0 * z);
        while (TUpperTail(hi, df) > upper)
        {
            hi *= 2.0;
            if (!double.IsFinite(hi))
            {
                return double.NaN; // degenerate df (e.g. a Satterthwaite df near 0): no finite quantile, not a crash
            }
        }

        try
        {
            return Brent.FindRoot(t => Math.Log(TUpperTail(t, df)) - Math.Log(upper), 0.0, hi, 1e-14, 200);
        }
        catch (MathNet.Numerics.NonConvergenceException)
        {
            return double.NaN; // degenerate df: the tail is too flat to invert in double precision
        }
    }
}
