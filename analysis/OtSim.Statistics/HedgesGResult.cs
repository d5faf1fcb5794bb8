namespace OtSim.Statistics;

/// <summary>Bias-corrected standardized mean difference (see <see cref="MeanDifference.HedgesG"/>).</summary>
/// <param name="Estimate">Hedges' g = J · d.</param>
/// <param name="StdError">Approximate large-sample SE, sqrt((n_a+n_b)/(n_a n_b) + g²/(2(n_a+n_b))).</param>
/// <param name="CiLow">g - z_{(1+level)/2}·SE.</param>
/// <param name="CiHigh">g + z_{(1+level)/2}·SE.</param>
/// <param name="CohensD">Uncorrected d = (mean_a - mean_b) / pooled SD (pooled with n_a + n_b - 2 df).</param>
/// <param name="Correction">Small-sample correction factor J (exact gamma-function form).</param>
/// <param name="NA">Size of the first sample.</param>
/// <param name="NB">Size of the second sample.</param>
public sealed record HedgesGResult(
    double Estimate,
    double StdError,
    double CiLow,
    double CiHigh,
    double CohensD,
    double Correction,
    int NA,
    int NB);
