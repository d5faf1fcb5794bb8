namespace OtSim.Statistics;

/// <summary>Descriptive summaries.</summary>
public static class Descriptive
{
    /// <summary>
    /// Mean with a Student t interval on n - 1 df, matching R's <c>t.test(x)$conf.int</c>.
    /// </summary>
    /// <param name="values">At least two values.</param>
    /// <param name="level">Confidence level.</param>
    public static MeanEstimate MeanWithCi(IReadOnlyList<double> values, double level = 0.95)
    {
        var (mean, variance, n) = MeanDifference.Moments(values, nameof(values));
        double sd = Math.Sqrt(variance);
        double se = sd / Math.Sqrt(n);
        double q = Distributions.TQuantile(0.5 + level / 2.0, n - 1);
        return new MeanEstimate(mean, sd, se, mean - q * se, mean + q * se, n);
    }
}
