namespace OtSim.Analysis.Charts;

/// <summary>The lower and upper edge of an interval band at one x position.</summary>
/// <param name="X">Horizontal position.</param>
/// <param name="Lower">Lower edge of the band.</param>
/// <param name="Upper">Upper edge of the band.</param>
public sealed record BandPoint(double X, double Lower, double Upper);
