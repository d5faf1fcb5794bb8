namespace OtSim.Statistics;

/// <summary>Reference degrees of freedom for cluster-robust t tests and intervals.</summary>
public enum ClusterDegreesOfFreedom
{
    /// <summary>
    /// t with G - 1 df (G = number of clusters). This is Stata's convention for <c>vce(cluster)</c> and the
    /// recommendation of Cameron &amp; Miller (2015) for few clusters; in R it is
    /// <c>lmtest::coeftest(fit, vcov. = V, df = G - 1)</c>. Default.
    /// </summary>
    ClustersMinusOne,

    /// <summary>
    /// t with the residual df n - p, which is what <c>lmtest::coeftest(fit, vcov. = V)</c> uses by default for an
    /// <c>lm</c> fit. Anti-conservative when G is small.
    /// </summary>
    Residual,
}
