namespace OtSim.Analysis.Charts;

/// <summary>The spread of one policy's students in one week.</summary>
/// <param name="Policy">Policy label.</param>
/// <param name="Week">School week number.</param>
/// <param name="Median">Median across students (and replications).</param>
/// <param name="P10">10th percentile.</param>
/// <param name="P90">90th percentile.</param>
public sealed record TrajectoryPoint(string Policy, double Week, double Median, double P10, double P90);
