namespace OtSim.Statistics;

/// <summary>
/// Result of a REML fit of a Gaussian linear mixed model with random intercepts
/// (see <see cref="LinearMixedModel.FitReml(IReadOnlyList{double}, DesignMatrix, IReadOnlyList{Grouping}, double)"/>).
/// </summary>
/// <remarks>
/// <para>Fixed-effect covariance is σ̂² (X'V⁻¹X)⁻¹ with V = I + ZΛΛ'Z' evaluated at the REML estimates, exactly
/// what <c>vcov(lmer_fit)</c> reports (it ignores the uncertainty in the variance components).</para>
/// <para>Inference is Wald with a standard-normal reference: <see cref="Coefficient.Df"/> is
/// <see cref="double.PositiveInfinity"/>, p-values are 2Φ(-|z|) and intervals are estimate ± 1.96·SE (at 95%).
/// lme4 prints no p-values; this is what <c>confint(fit, method = "Wald")</c> gives. With few groups these are
/// anti-conservative; <see cref="SatterthwaiteCoefficients"/> gives the same estimates and SEs with t tests on
/// Satterthwaite df, as <c>summary(lmerTest::lmer(...))</c> reports them.</para>
/// </remarks>
public sealed class MixedModelResult
{
    internal MixedModelResult(
        IReadOnlyList<Coefficient> coefficients,
        IReadOnlyList<Coefficient> satterthwaiteCoefficients,
        double[,] covariance,
        IReadOnlyList<RandomEffectVariance> randomEffects,
        double residualVariance,
        double remlCriterion,
        IReadOnlyList<double> theta,
        int n,
        bool converged,
        int evaluations)
    {
        Coefficients = coefficients;
        SatterthwaiteCoefficients = satterthwaiteCoefficients;
        FixedEffectCovariance = covariance;
        RandomEffects = randomEffects;
        ResidualVariance = residualVariance;
        RemlCriterion = remlCriterion;
        Theta = theta;
        N = n;
        Converged = converged;
        Evaluations = evaluations;
    }

    /// <summary>Fixed effects in design column order, with Wald z inference.</summary>
    public IReadOnlyList<Coefficient> Coefficients { get; }

    /// <summary>
    /// Fixed effects with t-based p-values and intervals on Satterthwaite degrees of freedom (lmerTest's method:
    /// numerical Hessian of the REML deviance in (θ, σ) and gradient of Var(β̂_j)); <see cref="Coefficient.Df"/> is
    /// the fractional df, NaN if the Hessian is not positive definite there.
    /// </summary>
    public IReadOnlyList<Coefficient> SatterthwaiteCoefficients { get; }

    /// <summary>Covariance matrix of the fixed effects (R's <c>vcov(fit)</c>).</summary>
    public double[,] FixedEffectCovariance { get; }

    /// <summary>Random-intercept variances, in the order the groupings were given.</summary>
    public IReadOnlyList<RandomEffectVariance> RandomEffects { get; }

    /// <summary>REML estimate of the residual variance σ².</summary>
    public double ResidualVariance { get; }

    /// <summary>REML criterion (-2 × REML log-likelihood), R's <c>REMLcrit(fit)</c>.</summary>
    public double RemlCriterion { get; }

    /// <summary>REML log-likelihood, R's <c>logLik(fit)</c> for a REML fit.</summary>
    public double RemlLogLikelihood => -RemlCriterion / 2.0;

    /// <summary>Relative standard deviations θ_k = σ_k / σ at the optimum (lme4's <c>getME(fit, "theta")</c>).</summary>
    public IReadOnlyList<double> Theta { get; }

    /// <summary>Number of observations.</summary>
    public int N { get; }

    /// <summary>True when the optimizer met its tolerance before its iteration limit.</summary>
    public bool Converged { get; }

    /// <summary>Number of REML criterion evaluations used.</summary>
    public int Evaluations { get; }

    /// <summary>True when some θ_k is below 1e-4 (lme4's default <c>isSingular</c> tolerance).</summary>
    public bool IsSingular => Theta.Any(t => t < 1e-4);

    /// <summary>Looks up a random-effect variance by grouping name.</summary>
    public RandomEffectVariance RandomEffect(string group) =>
        RandomEffects.FirstOrDefault(r => r.Group == group) ?? throw new KeyNotFoundException($"No grouping '{group}'.");
}
