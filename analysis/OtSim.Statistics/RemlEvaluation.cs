namespace OtSim.Statistics;

/// <summary>One evaluation of the profiled REML criterion.</summary>
/// <param name="Deviance">REML criterion (-2 log restricted likelihood).</param>
/// <param name="ResidualVariance">σ̂²(θ) = penalized RSS / (n - p).</param>
/// <param name="Beta">Fixed effects β̂(θ) (empty unless a full evaluation).</param>
/// <param name="Covariance">Cov(β̂) (empty unless a full evaluation).</param>
internal sealed record RemlEvaluation(double Deviance, double ResidualVariance, double[] Beta, double[,] Covariance);
