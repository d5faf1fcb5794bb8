namespace OtSim.Analysis.Charts;

/// <summary>Input for <see cref="PolicyComparisonChart"/>.</summary>
/// <param name="Title">The finding, stated as a sentence.</param>
/// <param name="Policies">One distribution per policy, drawn left to right in this order.</param>
/// <param name="Subtitle">Optional second line.</param>
/// <param name="GroupOrder">Optional policy order that fixes each policy's colour across charts.</param>
public sealed record PolicyComparisonInput(
    string Title,
    IReadOnlyList<PolicyDistribution> Policies,
    string? Subtitle = null,
    IReadOnlyList<string>? GroupOrder = null)
{
    /// <summary>Horizontal axis title.</summary>
    public string XAxisTitle { get; init; } = "Service delivery policy";

    /// <summary>Vertical axis title; defaults to progress in points.</summary>
    public string YAxisTitle { get; init; } = ChartStyle.ProgressTitle;
}
