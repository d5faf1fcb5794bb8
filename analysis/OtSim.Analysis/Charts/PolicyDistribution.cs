namespace OtSim.Analysis.Charts;

/// <summary>Box-plot summary of one policy's outcome distribution.</summary>
/// <param name="Policy">Policy label.</param>
/// <param name="LowerWhisker">Lower whisker end.</param>
/// <param name="Q1">First quartile (box bottom).</param>
/// <param name="Median">Median (line in the box).</param>
/// <param name="Q3">Third quartile (box top).</param>
/// <param name="UpperWhisker">Upper whisker end.</param>
/// <param name="Mean">Optional mean, drawn as a white diamond.</param>
/// <param name="Outliers">Values beyond the whiskers, drawn individually.</param>
public sealed record PolicyDistribution(
    string Policy,
    double LowerWhisker,
    double Q1,
    double Median,
    double Q3,
    double UpperWhisker,
    double? Mean = null,
    IReadOnlyList<double>? Outliers = null)
{
    /// <summary>
    /// Tukey summary of raw values: quartiles by linear interpolation, whiskers at the most extreme
    /// values within 1.5 IQR of the box, everything else an outlier.
    /// </summary>
    public static PolicyDistribution FromValues(string policy, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException($"Policy \"{policy}\" has no finite values to summarise.", nameof(values));
        }

        var q1 = Quantile(sorted, 0.25);
        var median = Quantile(sorted, 0.5);
        var q3 = Quantile(sorted, 0.75);
        var fence = 1.5 * (q3 - q1);
        var lower = sorted.First(v => v >= q1 - fence);
        var upper = sorted.Last(v => v <= q3 + fence);
        var outliers = sorted.Where(v => v < lower || v > upper).ToArray();
        return new PolicyDistribution(policy, lower, q1, median, q3, upper, sorted.Average(), outliers);
    }

    private static double Quantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var below = (int)Math.Floor(position);
        var above = (int)Math.Ceiling(position);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }
}
