namespace OtSim.Analysis.Charts;

/// <summary>One observation (for example one student) with the group it belongs to.</summary>
/// <param name="Group">Group label, for example the policy name.</param>
/// <param name="X">Horizontal value in the chart's x units.</param>
/// <param name="Y">Vertical value in the chart's y units.</param>
public sealed record GroupedPoint(string Group, double X, double Y);
