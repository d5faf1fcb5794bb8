namespace OtSim.Statistics;

/// <summary>A correlation coefficient with its test and confidence interval (see <see cref="Correlation"/>).</summary>
/// <param name="Method">"pearson" or "spearman".</param>
/// <param name="Estimate">Pearson r or Spearman ρ.</param>
/// <param name="CiLow">Lower limit of the Fisher-z interval.</param>
/// <param name="CiHigh">Upper limit of the Fisher-z interval.</param>
/// <param name="PValue">Two-sided p-value for H0: correlation = 0.</param>
/// <param name="Statistic">t = r·sqrt((n-2)/(1-r²)).</param>
/// <param name="Df">n - 2.</param>
/// <param name="N">Number of pairs.</param>
public sealed record CorrelationResult(
    string Method,
    double Estimate,
    double CiLow,
    double CiHigh,
    double PValue,
    double Statistic,
    double Df,
    int N);
