using System.Globalization;
using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Fits the analysis models (OLS with classical or CR1 SEs, REML random-intercept models) from R-style formula
/// pieces, after dropping inestimable terms, and reports them with the formula and R code that reproduce them.
/// </summary>
public static class ModelFitter
{
    /// <summary>Random intercept: the formula's grouping expression and the columns combined into its levels.</summary>
    /// <param name="Expression">As written in <c>(1 | Expression)</c>, e.g. <c>replication:classroom_id</c>.</param>
    /// <param name="Columns">Text columns whose row-wise combination defines the groups.</param>
    public sealed record RandomIntercept(string Expression, IReadOnlyList<string> Columns);

    /// <summary>Cluster for CR1 standard errors.</summary>
    /// <param name="Columns">Text columns whose row-wise combination defines the clusters.</param>
    public sealed record ClusterSpec(IReadOnlyList<string> Columns)
    {
        /// <summary>
        /// The <c>cluster</c> argument of <c>sandwich::vcovCL</c> in R: a one-sided formula for one column; for several,
        /// their interaction over the rows of <c>fit</c> (vcovCL cannot evaluate <c>~ interaction(a, b)</c>, and
        /// <c>~ a + b</c> would mean two-way clustering).
        /// </summary>
        public string RArgument => Columns.Count == 1
            ? $"~ {Columns[0]}"
            : $"with(expand.model.frame(fit, ~ {string.Join(" + ", Columns)}), interaction({string.Join(", ", Columns)}))";

        /// <summary>Short description, e.g. <c>replication:classroom_id</c>.</summary>
        public string Label => string.Join(':', Columns);
    }

    /// <summary>
    /// lme4 optimiser settings for the emitted lmer code: with its default tolerances lme4 stops up to ~1e-5 (relative)
    /// short of the REML optimum on flat surfaces (a student intercept over policies), so the R round trip could not
    /// reproduce the fit to 6 significant digits.
    /// </summary>
    internal const string RLmerControl =
        "control = lme4::lmerControl(optCtrl = list(ftol_rel = 1e-15, xtol_rel = 1e-12, ftol_abs = 0, xtol_abs = 0, maxeval = 1e5))";

    /// <summary>OLS, classical SEs (t on n - p df), or CR1 SEs with t on G - 1 df when <paramref name="cluster"/> is given.</summary>
    public static ModelEstimate FitOls(
        string name, string outcome, IReadOnlyList<string> pieces, AnalysisData data, string? subset = null, ClusterSpec? cluster = null, string? rPrelude = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var screened = TermScreen.Screen(pieces, data);
        var design = DesignMatrix.FromFormula(screened.RightHandSide, data.Numeric);
        var fit = OrdinaryLeastSquares.Fit(data.Number(outcome), design);
        string formula = $"{outcome} ~ {screened.RightHandSide}";
        string lm = $"{rPrelude}fit <- lm({formula}, data = d{(subset is null ? string.Empty : $", subset = {subset}")})";
        if (cluster is null)
        {
            return new ModelEstimate(
                name, "ols", formula, fit.N, subset,
                "Classical OLS standard errors; t tests and 95% intervals on n - p degrees of freedom (R: summary(lm), confint).",
                fit.Coefficients.Select(ToEstimate).ToList(),
                null, null, null, fit.RSquared, fit.AdjustedRSquared, fit.ResidualStandardError, null, null,
                $"{lm}\nsummary(fit); confint(fit)",
                screened.Dropped);
        }

        var labels = data.Combined(cluster.Columns);
        var robust = ClusterRobustCovariance.Compute(fit, labels);
        int g = robust.ClusterCount;
        return new ModelEstimate(
            name, "ols", formula, fit.N, subset,
            string.Create(CultureInfo.InvariantCulture,
                $"Cluster-robust CR1 standard errors by {cluster.Label} ({g} clusters; sandwich::vcovCL type HC1); t tests and 95% intervals on G - 1 = {g - 1} degrees of freedom."),
            robust.Coefficients.Select(ToEstimate).ToList(),
            null, null, null, fit.RSquared, fit.AdjustedRSquared, fit.ResidualStandardError, cluster.Label, g,
            string.Create(CultureInfo.InvariantCulture,
                $"{lm}\nV <- sandwich::vcovCL(fit, cluster = {cluster.RArgument}, type = \"HC1\")\nlmtest::coeftest(fit, vcov. = V, df = {g - 1}); lmtest::coefci(fit, vcov. = V, df = {g - 1})"),
            screened.Dropped);
    }

    /// <summary>REML linear mixed model with random intercepts; Wald z inference (lme4's <c>confint(method = "Wald")</c>).</summary>
    public static ModelEstimate FitMixed(
        string name, string outcome, IReadOnlyList<string> pieces, IReadOnlyList<RandomIntercept> intercepts, AnalysisData data) =>
        FitMixed(name, outcome, pieces, intercepts, data, out _);

    /// <summary>As the other overload, also returning the raw fit (for linear combinations of coefficients).</summary>
    /// <param name="name">Model name.</param>
    /// <param name="outcome">Outcome column.</param>
    /// <param name="pieces">Right-hand-side pieces.</param>
    /// <param name="intercepts">Random intercepts.</param>
    /// <param name="data">Rows.</param>
    /// <param name="raw">The raw fit.</param>
    /// <param name="rPrelude">R lines (ending in a newline) that derive columns of <c>d</c> the formula uses, or null.</param>
    public static ModelEstimate FitMixed(
        string name, string outcome, IReadOnlyList<string> pieces, IReadOnlyList<RandomIntercept> intercepts, AnalysisData data, out MixedModelResult raw, string? rPrelude = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(intercepts);
        var screened = TermScreen.Screen(pieces, data);
        var design = DesignMatrix.FromFormula(screened.RightHandSide, data.Numeric);
        var groupings = intercepts.Select(r => new Grouping(r.Expression, data.Combined(r.Columns))).ToList();
        var fit = LinearMixedModel.FitReml(data.Number(outcome), design, groupings);
        raw = fit;
        string formula = $"{outcome} ~ {screened.RightHandSide} + {string.Join(" + ", intercepts.Select(r => $"(1 | {r.Expression})"))}";
        var random = fit.RandomEffects.Select(r => new RandomEffectEstimate(r.Group, r.Variance, r.GroupCount)).ToList();
        var icc = new IccEstimate(
            fit.RandomEffects.Sum(r => r.Icc),
            fit.RandomEffects.ToDictionary(r => r.Group, r => r.Icc, StringComparer.Ordinal));
        var dropped = screened.Dropped.ToList();
        string inference = "REML fit (lme4::lmer); Wald z tests and 95% intervals, as confint(fit, method = \"Wald\") (they ignore uncertainty in the variance components).";
        if (fit.IsSingular)
        {
            inference += " The fit is singular: a variance component is estimated as 0.";
        }

        if (!fit.Converged)
        {
            inference += " Warning: the optimiser did not meet its tolerance.";
        }

        return new ModelEstimate(
            name, "lmer", formula, fit.N, null, inference,
            fit.Coefficients.Select(ToEstimate).ToList(),
            random, fit.ResidualVariance, icc, null, null, null, null, null,
            $"{rPrelude}fit <- lme4::lmer({formula}, data = d, REML = TRUE, {RLmerControl})\nsummary(fit); confint(fit, method = \"Wald\", parm = \"beta_\")",
            dropped);
    }

    /// <summary>
    /// Slope of the dose at a moderator value, b_dose + m·b_interaction, with its Wald (z) 95% interval from the
    /// fixed-effect covariance; null when either term is not in the fit.
    /// </summary>
    public static Coefficient? SlopeAt(MixedModelResult fit, string dose, string interaction, double moderatorValue)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var terms = fit.Coefficients.Select(c => c.Term).ToList();
        int i = terms.IndexOf(dose);
        int j = terms.IndexOf(interaction);
        if (i < 0 || j < 0)
        {
            return null;
        }

        var v = fit.FixedEffectCovariance;
        double estimate = fit.Coefficients[i].Estimate + (moderatorValue * fit.Coefficients[j].Estimate);
        double variance = v[i, i] + (moderatorValue * moderatorValue * v[j, j]) + (2 * moderatorValue * v[i, j]);
        return Coefficient.FromWald($"{dose} at {interaction} = {moderatorValue}", estimate, Math.Sqrt(variance), double.PositiveInfinity);
    }

    private static CoefficientEstimate ToEstimate(Coefficient c) =>
        new(c.Term, c.Estimate, c.StdError, c.CiLow, c.CiHigh, c.PValue, double.IsPositiveInfinity(c.Df) ? null : c.Df);
}
