namespace OtSim.Analysis.Charts;

/// <summary>Input for <see cref="CollaborationHeatmapChart"/>: a grid of mean progress by minutes band and collaboration band.</summary>
/// <param name="Title">The finding, stated as a sentence.</param>
/// <param name="MinutesBands">Labels of the delivered-minutes bands, left to right.</param>
/// <param name="CollaborationBands">Labels of the collaboration bands, bottom to top.</param>
/// <param name="MeanProgress">
/// Cell values indexed [minutes band, collaboration band]; <see cref="double.NaN"/> marks an empty cell.
/// </param>
/// <param name="Subtitle">Optional second line.</param>
public sealed record HeatmapInput(
    string Title,
    IReadOnlyList<string> MinutesBands,
    IReadOnlyList<string> CollaborationBands,
    double[,] MeanProgress,
    string? Subtitle = null)
{
    /// <summary>Horizontal axis title.</summary>
    public string XAxisTitle { get; init; } = ChartStyle.DeliveredMinutesTitle;

    /// <summary>Vertical axis title.</summary>
    public string YAxisTitle { get; init; } = "Teacher collaboration (0-1 scale)";

    /// <summary>Colour scale title.</summary>
    public string ColorAxisTitle { get; init; } = "Mean progress (points)";

    /// <summary>Format of the value printed in each cell; empty for no labels.</summary>
    public string CellLabelFormat { get; init; } = "0.0";
}
