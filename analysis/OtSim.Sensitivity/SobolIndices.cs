namespace OtSim.Sensitivity;

/// <summary>First- and total-order Sobol' indices of one parameter, with bootstrap intervals.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="S1">First-order index: the share of the output variance explained by this parameter alone.</param>
/// <param name="S1CiLow">Lower end of the interval for <paramref name="S1"/>.</param>
/// <param name="S1CiHigh">Upper end of the interval for <paramref name="S1"/>.</param>
/// <param name="ST">Total-order index: the share that would remain unexplained if all other parameters were fixed.</param>
/// <param name="STCiLow">Lower end of the interval for <paramref name="ST"/>.</param>
/// <param name="STCiHigh">Upper end of the interval for <paramref name="ST"/>.</param>
public sealed record SobolIndex(string Name, double S1, double S1CiLow, double S1CiHigh, double ST, double STCiLow, double STCiHigh);

/// <summary>Second-order Sobol' index of a pair of parameters: the share of variance due to their interaction alone.</summary>
/// <param name="A">First parameter.</param>
/// <param name="B">Second parameter.</param>
/// <param name="S2">The index.</param>
/// <param name="CiLow">Lower end of the interval.</param>
/// <param name="CiHigh">Upper end of the interval.</param>
public sealed record SecondOrderIndex(string A, string B, double S2, double CiLow, double CiHigh);

/// <summary>All indices of one output.</summary>
/// <param name="Samples">Base samples N.</param>
/// <param name="Parameters">First- and total-order indices, in design order.</param>
/// <param name="SecondOrder">Second-order indices for every pair (a before b in design order), or null when not sampled.</param>
public sealed record SobolResult(int Samples, IReadOnlyList<SobolIndex> Parameters, IReadOnlyList<SecondOrderIndex>? SecondOrder);
