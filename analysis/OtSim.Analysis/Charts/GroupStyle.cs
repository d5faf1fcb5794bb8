using OxyPlot;

namespace OtSim.Analysis.Charts;

/// <summary>A group (for example a policy) and the palette colour it is drawn in.</summary>
/// <param name="Name">The group label shown in legends.</param>
/// <param name="Color">The Okabe-Ito colour assigned to the group.</param>
public sealed record GroupStyle(string Name, OxyColor Color);
