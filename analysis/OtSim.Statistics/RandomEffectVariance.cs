namespace OtSim.Statistics;

/// <summary>
/// The estimated variance of one random intercept, as in <c>as.data.frame(VarCorr(fit))</c> for an
/// <c>lmer</c> fit.
/// </summary>
/// <param name="Group">Grouping factor name.</param>
/// <param name="Variance">REML estimate of the random-intercept variance (0 at the boundary).</param>
/// <param name="GroupCount">Number of levels of the factor present in the data.</param>
/// <param name="Icc">Intraclass correlation for this factor: <c>Variance / (sum of all random-intercept variances +
/// residual variance)</c>, i.e. the share of total variance at this level (the correlation between two observations
/// sharing this level but no other).</param>
public sealed record RandomEffectVariance(string Group, double Variance, int GroupCount, double Icc)
{
    /// <summary>Standard deviation, sqrt(<see cref="Variance"/>).</summary>
    public double StdDev => Math.Sqrt(Variance);
}
