using OtSim.Sensitivity;

namespace OtSim.Analysis.Sensitivity;

/// <summary>Indices of one outcome under one policy, or why there are none.</summary>
/// <param name="Outcome">Column of design_points.csv.</param>
/// <param name="Policy">Policy name.</param>
/// <param name="NoiseShare">Share of the outcome's variance across design points that is replication noise, when known.</param>
/// <param name="Sobol">Sobol' indices (Sobol' designs).</param>
/// <param name="Morris">Morris measures (Morris designs).</param>
/// <param name="Skipped">Why no indices were computed, or null.</param>
public sealed record OutcomeSensitivity(string Outcome, string Policy, double? NoiseShare, SobolResult? Sobol, MorrisResult? Morris, string? Skipped);

/// <summary>Scenario discovery for one condition.</summary>
/// <param name="Outcome">The outcome column the condition is on.</param>
/// <param name="Condition">The condition, as a formula (e.g. <c>effect_per_10h_ci_low &gt; 0</c>).</param>
/// <param name="Policy">Policy whose rows were used.</param>
/// <param name="Result">PRIM's result, or null when the condition holds everywhere or nowhere.</param>
/// <param name="Words">One sentence for readers.</param>
public sealed record DiscoveryResult(string Outcome, string Condition, string Policy, PrimResult? Result, string Words);

/// <summary>Everything the sensitivity section of a run reports.</summary>
/// <param name="Method"><c>sobol</c> or <c>morris</c>.</param>
/// <param name="Samples">Base samples N (Sobol') or trajectories r (Morris).</param>
/// <param name="DesignPoints">Number of design points.</param>
/// <param name="Parameters">Parameter names in design order.</param>
/// <param name="Source">File the per-design-point outcomes came from.</param>
/// <param name="Outcomes">Indices per outcome and policy.</param>
/// <param name="Discoveries">PRIM boxes for the default conditions.</param>
/// <param name="SummarySentence">The report summary's sentence about what drives the answer.</param>
public sealed record SensitivityReport(
    string Method,
    int Samples,
    int DesignPoints,
    IReadOnlyList<string> Parameters,
    string Source,
    IReadOnlyList<OutcomeSensitivity> Outcomes,
    IReadOnlyList<DiscoveryResult> Discoveries,
    string SummarySentence);
