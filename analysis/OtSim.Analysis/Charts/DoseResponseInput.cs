using OxyPlot;

namespace OtSim.Analysis.Charts;

/// <summary>Input for <see cref="DoseResponseChart"/>.</summary>
/// <param name="Title">The finding, stated as a sentence.</param>
/// <param name="Bands">One summary per band of delivered minutes.</param>
/// <param name="Curve">
/// A smooth curve computed by the caller (for example LOESS); when null a spline through the band means is drawn.
/// </param>
/// <param name="Subtitle">Optional second line.</param>
public sealed record DoseResponseInput(
    string Title,
    IReadOnlyList<DoseBand> Bands,
    IReadOnlyList<DataPoint>? Curve = null,
    string? Subtitle = null)
{
    /// <summary>Horizontal axis title; defaults to delivered minutes.</summary>
    public string XAxisTitle { get; init; } = ChartStyle.DeliveredMinutesTitle;

    /// <summary>Vertical axis title; defaults to progress in points.</summary>
    public string YAxisTitle { get; init; } = "Mean progress (points, 0-100 scale)";

    /// <summary>Whether to print "n = …" under each band's interval.</summary>
    public bool ShowCounts { get; init; } = true;
}
