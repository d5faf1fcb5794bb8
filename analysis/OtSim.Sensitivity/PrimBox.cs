namespace OtSim.Sensitivity;

/// <summary>One limit of a box on one input.</summary>
/// <param name="Input">Input name.</param>
/// <param name="Min">Lower limit (inclusive); the data minimum when only the upper side is restricted.</param>
/// <param name="Max">Upper limit (inclusive); the data maximum when only the lower side is restricted.</param>
/// <param name="QuasiP">
/// Quasi-p-value (Bryant and Lempert 2010, as in EMA Workbench): the one-sided binomial probability of seeing at least
/// the box's cases of interest among its rows if the density were that of the box with this restriction removed.
/// Small values mean the restriction matters; above 0.05 it may be noise.
/// </param>
public sealed record PrimRestriction(string Input, double Min, double Max, double QuasiP);

/// <summary>A box found by PRIM.</summary>
/// <param name="Coverage">Share of all cases of interest that fall in the box.</param>
/// <param name="Density">Share of the box's rows that are cases of interest.</param>
/// <param name="Mass">Share of all rows that fall in the box.</param>
/// <param name="Restrictions">The restricted inputs, most significant (smallest quasi-p) first.</param>
/// <param name="MeetsThreshold">Whether the density reached <see cref="PrimOptions.Threshold"/>.</param>
public sealed record PrimBox(double Coverage, double Density, double Mass, IReadOnlyList<PrimRestriction> Restrictions, bool MeetsThreshold);

/// <summary>One box on the peeling and pasting trajectory.</summary>
/// <param name="Coverage">Share of all cases of interest in the box.</param>
/// <param name="Density">Share of the box's rows that are cases of interest.</param>
/// <param name="Mass">Share of all rows in the box.</param>
/// <param name="Restricted">Number of restricted inputs.</param>
public sealed record PrimStep(double Coverage, double Density, double Mass, int Restricted);

/// <summary>The result of scenario discovery.</summary>
/// <param name="Rows">Rows analysed.</param>
/// <param name="Cases">Rows that meet the condition (cases of interest).</param>
/// <param name="Boxes">Boxes in the order found; the first uses all rows, each later one the rows outside earlier boxes.</param>
/// <param name="Trajectory">The peeling and pasting trajectory of the first box, from the whole space on.</param>
/// <param name="ChosenStep">Index into <paramref name="Trajectory"/> of the first box.</param>
public sealed record PrimResult(int Rows, int Cases, IReadOnlyList<PrimBox> Boxes, IReadOnlyList<PrimStep> Trajectory, int ChosenStep);
