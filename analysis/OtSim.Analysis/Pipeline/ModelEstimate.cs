namespace OtSim.Analysis.Pipeline;

/// <summary>One fitted model as written to <c>analysis.json</c> (see docs/ANALYSIS.md).</summary>
/// <param name="Name">Stable identifier, e.g. <c>naive_total</c>, <c>adjusted_ols_cr1</c>, <c>mixed</c>.</param>
/// <param name="Kind"><c>ols</c> or <c>lmer</c>.</param>
/// <param name="Formula">R formula in the dataset's own column names; rerunning it in R reproduces the fit.</param>
/// <param name="N">Rows used.</param>
/// <param name="Subset">R row filter (e.g. <c>policy == "blanket-30"</c>); null when every row is used.</param>
/// <param name="Inference">How SEs, p-values and intervals were computed, in words.</param>
/// <param name="Coefficients">Fixed effects.</param>
/// <param name="RandomEffects">Random-intercept variances (mixed models only).</param>
/// <param name="ResidualVariance">Residual variance (mixed models only).</param>
/// <param name="Icc">Share of variance between groups, per grouping and in total (mixed models only).</param>
/// <param name="RSquared">R² (OLS only).</param>
/// <param name="AdjustedRSquared">Adjusted R² (OLS only).</param>
/// <param name="ResidualStandardError">Residual SE (OLS only).</param>
/// <param name="Cluster">Cluster variable of the CR1 SEs, as an R expression (CR1 only).</param>
/// <param name="Clusters">Number of clusters (CR1 only).</param>
/// <param name="RCode">R code that reproduces the fit and the reported inference.</param>
/// <param name="DroppedTerms">Terms left out because they were constant or redundant in these rows, with the reason.</param>
public sealed record ModelEstimate(
    string Name,
    string Kind,
    string Formula,
    int N,
    string? Subset,
    string Inference,
    IReadOnlyList<CoefficientEstimate> Coefficients,
    IReadOnlyList<RandomEffectEstimate>? RandomEffects,
    double? ResidualVariance,
    IccEstimate? Icc,
    double? RSquared,
    double? AdjustedRSquared,
    double? ResidualStandardError,
    string? Cluster,
    int? Clusters,
    string RCode,
    IReadOnlyList<string> DroppedTerms)
{
    /// <summary>The coefficient with this R term label, or null.</summary>
    public CoefficientEstimate? Term(string term) => Coefficients.FirstOrDefault(c => c.Term == term);
}

/// <summary>One coefficient in <c>analysis.json</c>.</summary>
/// <param name="Term">R term label, e.g. <c>(Intercept)</c>, <c>delivered_total_minutes:collaboration</c>.</param>
/// <param name="Estimate">Point estimate.</param>
/// <param name="StdError">Standard error.</param>
/// <param name="CiLow">Lower 95% limit.</param>
/// <param name="CiHigh">Upper 95% limit.</param>
/// <param name="PValue">Two-sided p-value for a zero coefficient.</param>
/// <param name="Df">Reference t df; null for a normal (z) reference.</param>
public sealed record CoefficientEstimate(string Term, double Estimate, double StdError, double CiLow, double CiHigh, double PValue, double? Df);

/// <summary>A random-intercept variance.</summary>
/// <param name="Group">Grouping factor as written in the formula, e.g. <c>replication:classroom_id</c>.</param>
/// <param name="Variance">Estimated variance.</param>
/// <param name="Levels">Number of groups.</param>
public sealed record RandomEffectEstimate(string Group, double Variance, int Levels);

/// <summary>Intraclass correlations of a mixed model.</summary>
/// <param name="Total">All random-intercept variance over total variance.</param>
/// <param name="ByGroup">Each grouping's variance over total variance.</param>
public sealed record IccEstimate(double Total, IReadOnlyDictionary<string, double> ByGroup);
