namespace OtSim.Analysis.Charts;

/// <summary>Input for <see cref="MinutesProgressChart"/>: one point per student plus the caller's fit.</summary>
/// <param name="Title">The finding, stated as a sentence.</param>
/// <param name="Points">Delivered minutes (x) against progress (y), grouped by policy.</param>
/// <param name="Fit">The fitted regression line.</param>
/// <param name="ConfidenceBand">95% confidence band of the fitted line, ordered or not by x.</param>
/// <param name="Subtitle">Optional second line, for example the sample size.</param>
/// <param name="GroupOrder">Optional policy order that fixes each policy's colour across charts.</param>
public sealed record MinutesProgressInput(
    string Title,
    IReadOnlyList<GroupedPoint> Points,
    FittedLine Fit,
    IReadOnlyList<BandPoint> ConfidenceBand,
    string? Subtitle = null,
    IReadOnlyList<string>? GroupOrder = null)
{
    /// <summary>Horizontal axis title; defaults to delivered minutes.</summary>
    public string XAxisTitle { get; init; } = ChartStyle.DeliveredMinutesTitle;

    /// <summary>Vertical axis title; defaults to progress in points.</summary>
    public string YAxisTitle { get; init; } = ChartStyle.ProgressTitle;
}
