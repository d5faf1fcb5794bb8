namespace OtSim.Analysis.Pipeline;

/// <summary>The whole of <c>analysis.json</c>; its shape is documented in docs/ANALYSIS.md.</summary>
/// <param name="SchemaVersion">Version of this shape.</param>
/// <param name="Provenance">Where the data came from and how to rerun the analysis.</param>
/// <param name="Variables">Column roles.</param>
/// <param name="Summary">Plain-language summary.</param>
/// <param name="Findings">Headline numbers the summary quotes.</param>
/// <param name="Notes">What was skipped or dropped, and why.</param>
/// <param name="Correlations">Naive correlations.</param>
/// <param name="Models">Every fitted model.</param>
/// <param name="DoseResponse">Outcome by dose band, and the lowess curve.</param>
/// <param name="Policies">Policy (group) comparison, or null.</param>
/// <param name="Staffing">Staffing, or null.</param>
/// <param name="Charts">Chart files and their titles.</param>
public sealed record AnalysisDocument(
    int SchemaVersion,
    ProvenanceInfo Provenance,
    AnalysisSpec Variables,
    SummaryText Summary,
    Findings Findings,
    IReadOnlyList<string> Notes,
    IReadOnlyList<CorrelationEstimate> Correlations,
    IReadOnlyList<ModelEstimate> Models,
    DoseResponseResult DoseResponse,
    GroupComparisonResult? Policies,
    StaffingResult? Staffing,
    IReadOnlyList<ChartInfo> Charts)
{
    /// <summary>The answer every place states (report, page, CLI); see <see cref="Pipeline.Answer"/>.</summary>
    public Answer? Answer { get; init; }

    /// <summary>Question 1: contrasts of the same students under two policies.</summary>
    public CounterfactualResult? Counterfactual { get; init; }

    /// <summary>One row per design point x policy (also written as design_points.csv); empty for external data.</summary>
    public IReadOnlyList<DesignPointRow>? DesignPoints { get; init; }

    /// <summary>The caseload over the year and the evaluations (OtSim results with caseload churn), or null.</summary>
    public CaseloadChurnResult? Caseload { get; init; }
    /// <summary>IEP changes by reason and time to dismissal, per policy; null when the run wrote no plan_changes.csv.</summary>
    public PlanChangeResult? PlanChanges { get; init; }
}

/// <summary>Provenance block.</summary>
/// <param name="Source"><c>otsim</c> or <c>external</c>.</param>
/// <param name="Dataset">Dataset folder or CSV file name.</param>
/// <param name="Rows">Rows analysed.</param>
/// <param name="Scenario">Scenario name (OtSim) or file name.</param>
/// <param name="Seed">Scenario seed, when simulated.</param>
/// <param name="Replications">Replications in the data.</param>
/// <param name="DataProgramVersion">OtSim version that wrote the data, when simulated.</param>
/// <param name="AnalysisProgramVersion">Version of the analysis code.</param>
/// <param name="Command">Command that produced this analysis.</param>
/// <param name="Parameters">Model parameters of the scenario (the assumptions the results rest on).</param>
public sealed record ProvenanceInfo(
    string Source, string Dataset, int Rows, string Scenario, long? Seed, int Replications, string? DataProgramVersion,
    string AnalysisProgramVersion, string Command, IReadOnlyDictionary<string, double>? Parameters);

/// <summary>Plain-language summary.</summary>
/// <param name="Headline">One sentence.</param>
/// <param name="Paragraphs">3-6 short paragraphs.</param>
public sealed record SummaryText(string Headline, IReadOnlyList<string> Paragraphs);

/// <summary>A slope rescaled to a meaningful step of the dose.</summary>
/// <param name="Model">Model it comes from.</param>
/// <param name="Estimate">Outcome change per step.</param>
/// <param name="CiLow">Lower 95% limit.</param>
/// <param name="CiHigh">Upper 95% limit.</param>
/// <param name="PValue">Two-sided p.</param>
public sealed record StepEffect(string Model, double Estimate, double CiLow, double CiHigh, double PValue)
{
    /// <summary>True when the 95% interval excludes 0.</summary>
    public bool IsClear => CiLow > 0 || CiHigh < 0;
}

/// <summary>Headline numbers.</summary>
/// <param name="DoseStep">Step of the dose the effects are expressed per (600 minutes = 10 hours).</param>
/// <param name="DoseStepLabel">The step in words.</param>
/// <param name="Naive">Naive slope per step.</param>
/// <param name="Adjusted">Adjusted slope per step (mixed model at the mean moderator, else adjusted OLS), or null.</param>
/// <param name="ModeratorMean">Mean moderator value the adjusted slope is evaluated at.</param>
/// <param name="Interaction">Interaction dose x moderator per step and per unit of the moderator, or null.</param>
public sealed record Findings(double DoseStep, string DoseStepLabel, StepEffect Naive, StepEffect? Adjusted, double? ModeratorMean, StepEffect? Interaction);

/// <summary>A chart written by the analysis.</summary>
/// <param name="Id">File stem.</param>
/// <param name="Svg">Relative SVG path.</param>
/// <param name="Png">Relative PNG path.</param>
/// <param name="Title">Chart title (the finding).</param>
/// <param name="Caption">What the chart shows.</param>
public sealed record ChartInfo(string Id, string Svg, string Png, string Title, string Caption);
