namespace OtSim.Statistics;

/// <summary>Difference of two means with a Welch t interval (see <see cref="MeanDifference.Welch"/>).</summary>
/// <param name="Estimate">mean(a) - mean(b).</param>
/// <param name="StdError">sqrt(var(a)/n_a + var(b)/n_b).</param>
/// <param name="CiLow">Lower confidence limit.</param>
/// <param name="CiHigh">Upper confidence limit.</param>
/// <param name="PValue">Two-sided p-value for H0: equal means.</param>
/// <param name="Statistic">Welch t statistic.</param>
/// <param name="Df">Welch-Satterthwaite degrees of freedom (fractional).</param>
/// <param name="MeanA">Mean of the first sample.</param>
/// <param name="MeanB">Mean of the second sample.</param>
/// <param name="NA">Size of the first sample.</param>
/// <param name="NB">Size of the second sample.</param>
public sealed record MeanDifferenceResult(
    double Estimate,
    double StdError,
    double CiLow,
    double CiHigh,
    double PValue,
    double Statistic,
    double Df,
    double MeanA,
    double MeanB,
    int NA,
    int NB);
