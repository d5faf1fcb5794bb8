namespace OtSim.Client.Staffing;

/// <summary>The Wilson score interval of a proportion (95%): sensible at 0 or all of n, unlike the normal approximation.</summary>
public static class Wilson
{
    private const double Z = 1.959963984540054;

    /// <summary>The 95% interval of <paramref name="successes"/> out of <paramref name="n"/>.</summary>
    public static (double Low, double High) Interval(int successes, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        double p = (double)successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        // Rounded so that 0 and 1 come out exactly at the ends, as in R's prop.test.
        return (Math.Round(Math.Max(0, centre - half), 12), Math.Round(Math.Min(1, centre + half), 12));
    }
}
