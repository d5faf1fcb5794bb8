namespace OtSim.Analysis.Charts;

/// <summary>Input for <see cref="WeeklyTrajectoryChart"/>.</summary>
/// <param name="Title">The finding, stated as a sentence.</param>
/// <param name="Points">Weekly median and 10-90% range per policy.</param>
/// <param name="Subtitle">Optional second line.</param>
/// <param name="GroupOrder">Optional policy order that fixes each policy's colour across charts.</param>
public sealed record TrajectoryInput(
    string Title,
    IReadOnlyList<TrajectoryPoint> Points,
    string? Subtitle = null,
    IReadOnlyList<string>? GroupOrder = null)
{
    /// <summary>Horizontal axis title.</summary>
    public string XAxisTitle { get; init; } = "School week (1 = first week of the year)";

    /// <summary>Vertical axis title.</summary>
    public string YAxisTitle { get; init; } = "Performance (points, 0-100 scale)";
}
