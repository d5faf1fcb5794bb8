namespace OtSim.Sensitivity;

/// <summary>Morris screening measures of one parameter.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Mu">Mean elementary effect (signed; effects of opposite sign cancel).</param>
/// <param name="MuStar">Mean absolute elementary effect (Campolongo et al. 2007): the overall importance.</param>
/// <param name="MuStarCiLow">Lower end of the bootstrap interval for <paramref name="MuStar"/>.</param>
/// <param name="MuStarCiHigh">Upper end of the bootstrap interval for <paramref name="MuStar"/>.</param>
/// <param name="Sigma">Standard deviation (n − 1) of the elementary effects: non-linearity or interactions.</param>
public sealed record MorrisIndex(string Name, double Mu, double MuStar, double MuStarCiLow, double MuStarCiHigh, double Sigma);

/// <summary>Morris measures of one output.</summary>
/// <param name="Trajectories">Number of trajectories r (elementary effects per parameter).</param>
/// <param name="Parameters">Measures in design order.</param>
public sealed record MorrisResult(int Trajectories, IReadOnlyList<MorrisIndex> Parameters);
