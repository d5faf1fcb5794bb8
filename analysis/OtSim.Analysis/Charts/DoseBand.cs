namespace OtSim.Analysis.Charts;

/// <summary>Summary of progress for one band of delivered minutes.</summary>
/// <param name="Label">Band label, for example "600-900 min".</param>
/// <param name="Minutes">Where the band sits on the minutes axis (its midpoint or mean).</param>
/// <param name="MeanProgress">Mean progress of the students in the band.</param>
/// <param name="CiLower">Lower end of the 95% confidence interval of the mean.</param>
/// <param name="CiUpper">Upper end of the 95% confidence interval of the mean.</param>
/// <param name="Count">Number of students in the band, shown under the point.</param>
public sealed record DoseBand(string Label, double Minutes, double MeanProgress, double CiLower, double CiUpper, int Count);
