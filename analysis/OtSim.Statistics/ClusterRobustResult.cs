namespace OtSim.Statistics;

/// <summary>
/// OLS coefficients with cluster-robust (CR1) standard errors; see <see cref="ClusterRobustCovariance"/>.
/// </summary>
/// <param name="Coefficients">Point estimates (the OLS ones) with CR1 standard errors, t statistics, p-values and
/// intervals using <paramref name="Df"/> degrees of freedom.</param>
/// <param name="Covariance">The CR1 covariance matrix (R's <c>sandwich::vcovCL(fit, cluster, type = "HC1")</c>).</param>
/// <param name="ClusterCount">Number of distinct clusters G.</param>
/// <param name="Df">Reference t degrees of freedom actually used.</param>
/// <param name="DegreesOfFreedom">Which df convention was requested.</param>
public sealed record ClusterRobustResult(
    IReadOnlyList<Coefficient> Coefficients,
    double[,] Covariance,
    int ClusterCount,
    double Df,
    ClusterDegreesOfFreedom DegreesOfFreedom);
