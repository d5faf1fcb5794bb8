namespace OtSim.Statistics.Tests;

/// <summary>Tolerance assertions that report the relative error on failure.</summary>
internal static class Near
{
    /// <summary>Asserts |actual - expected| ≤ rel·|expected| + abs.</summary>
    public static void Equal(double expected, double actual, double rel, double abs = 0.0, string what = "")
    {
        double err = Math.Abs(actual - expected);
        double tol = rel * Math.Abs(expected) + abs;
        Assert.True(
            err <= tol && !double.IsNaN(actual),
            $"{what}: expected {expected:R}, actual {actual:R}, |err| {err:G3} > tol {tol:G3} (rel {err / Math.Abs(expected):G3})");
    }
}
