namespace OtSim.Statistics;

/// <summary>
/// One estimated regression coefficient with its Wald inference.
/// </summary>
/// <remarks>
/// <para><see cref="Statistic"/> is <c>Estimate / StdError</c>. When <see cref="Df"/> is finite it is a Student t
/// statistic and <see cref="PValue"/> and the confidence interval use the t distribution with <see cref="Df"/>
/// degrees of freedom; when <see cref="Df"/> is <see cref="double.PositiveInfinity"/> they use the standard normal
/// (a z statistic). <see cref="PValue"/> is two-sided for the null hypothesis that the coefficient is zero.</para>
/// <para>The interval is <c>Estimate ± q * StdError</c> where <c>q</c> is the <c>(1 + level) / 2</c> quantile of
/// the reference distribution (level 0.95 unless the producing method says otherwise).</para>
/// </remarks>
/// <param name="Term">Term label, following R's model-matrix naming (e.g. <c>(Intercept)</c>, <c>a:b</c>).</param>
/// <param name="Estimate">Point estimate.</param>
/// <param name="StdError">Standard error of the estimate.</param>
/// <param name="CiLow">Lower confidence limit.</param>
/// <param name="CiHigh">Upper confidence limit.</param>
/// <param name="PValue">Two-sided p-value for H0: coefficient = 0.</param>
/// <param name="Statistic">t or z statistic, <c>Estimate / StdError</c>.</param>
/// <param name="Df">Degrees of freedom of the reference t distribution; infinite for a normal reference.</param>
public sealed record Coefficient(
    string Term,
    double Estimate,
    double StdError,
    double CiLow,
    double CiHigh,
    double PValue,
    double Statistic,
    double Df)
{
    /// <summary>
    /// Builds a coefficient from an estimate and standard error, computing the statistic, two-sided p-value and
    /// confidence interval from a t distribution with <paramref name="df"/> degrees of freedom (standard normal
    /// when <paramref name="df"/> is positive infinity).
    /// </summary>
    /// <param name="term">Term label.</param>
    /// <param name="estimate">Point estimate.</param>
    /// <param name="stdError">Standard error.</param>
    /// <param name="df">Reference degrees of freedom (positive; infinity for z).</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    public static Coefficient FromWald(string term, double estimate, double stdError, double df, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(term);
        double statistic = estimate / stdError;
        double p = Distributions.TwoSidedPValue(statistic, df);
        double q = Distributions.TQuantile(0.5 + level / 2.0, df);
        return new Coefficient(term, estimate, stdError, estimate - q * stdError, estimate + q * stdError, p, statistic, df);
    }
}
