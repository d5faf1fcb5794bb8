namespace OtSim.Sensitivity;

/// <summary>Settings of <see cref="Prim"/>; the defaults are EMA Workbench's.</summary>
/// <param name="PeelAlpha">Share of the box's points a peel removes from one side of one input (0.05).</param>
/// <param name="PasteAlpha">Share by which a paste widens one side of a restricted input (0.05).</param>
/// <param name="MassMin">Smallest share of all rows a box may hold (0.05).</param>
/// <param name="Threshold">Density a box must reach to count as found (0.8, EMA's usual threshold).</param>
/// <param name="MaxBoxes">Most boxes found one after another (each on the rows the earlier boxes left).</param>
public sealed record PrimOptions(double PeelAlpha = 0.05, double PasteAlpha = 0.05, double MassMin = 0.05, double Threshold = 0.8, int MaxBoxes = 3);
