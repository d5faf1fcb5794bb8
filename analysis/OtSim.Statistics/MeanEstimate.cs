namespace OtSim.Statistics;

/// <summary>A sample mean with its t-based confidence interval (see <see cref="Descriptive.MeanWithCi"/>).</summary>
/// <param name="Mean">Sample mean.</param>
/// <param name="StdDev">Sample standard deviation (n - 1 denominator).</param>
/// <param name="StdError">StdDev / sqrt(n).</param>
/// <param name="CiLow">Mean - t_{n-1} · SE.</param>
/// <param name="CiHigh">Mean + t_{n-1} · SE.</param>
/// <param name="N">Number of values.</param>
public sealed record MeanEstimate(double Mean, double StdDev, double StdError, double CiLow, double CiHigh, int N);
