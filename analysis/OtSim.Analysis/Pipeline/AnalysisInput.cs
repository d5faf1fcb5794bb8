using OtSim.Analysis.Charts;

namespace OtSim.Analysis.Pipeline;

/// <summary>Everything an analysis reads: the student rows and, for OtSim datasets, the other files.</summary>
/// <param name="Spec">Column roles.</param>
/// <param name="Data">Student rows (outcome, dose, covariates and labels only).</param>
/// <param name="SourceName">Dataset folder or CSV file name, as shown to readers.</param>
/// <param name="Scenario">The resolved scenario, when present.</param>
/// <param name="Therapists">Rows of therapists.csv, when present.</param>
/// <param name="Weeks">Weekly performance summary from weeks.csv, when present.</param>
/// <param name="ExtraNumeric">OtSim outcome columns used by the policy comparison (goal_met, gas_t_score, compliance).</param>
/// <param name="Notes">Things the reader should know about the input (skipped files, dropped columns).</param>
public sealed record AnalysisInput(
    AnalysisSpec Spec,
    AnalysisData Data,
    string SourceName,
    ScenarioInfo? Scenario,
    IReadOnlyList<TherapistRow>? Therapists,
    IReadOnlyList<TrajectoryPoint>? Weeks,
    IReadOnlyList<string> ExtraNumeric,
    IReadOnlyList<string> Notes)
{
    /// <summary>Experiment factor columns (numeric, one value per design point), empty without an experiment.</summary>
    public IReadOnlyList<string> Factors { get; init; } = [];

    /// <summary>The caseload over the year and the evaluations, for OtSim results with caseload churn; otherwise null.</summary>
    public CaseloadChurnResult? Caseload { get; init; }
    /// <summary>Rows of plan_changes.csv, when the run wrote one (scenarios with a responsive policy).</summary>
    public IReadOnlyList<PlanChangeRow>? PlanChanges { get; init; }
}
