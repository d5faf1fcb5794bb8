namespace OtSim.Model.Outcomes;

/// <summary>
/// Goal Attainment Scaling (Kiresuk &amp; Sherman 1968): each goal is rated -2 (much less than expected) .. 0 (expected)
/// .. +2 (much more than expected), and goals are combined into a T-score with mean 50 and SD 10.
/// </summary>
public static class GoalAttainment
{
    /// <summary>
    /// The rater's continuous impression of attainment before rounding: 0 when progress equals the expected gain,
    /// one level per half goal above or below it, plus rater noise (in levels).
    /// </summary>
    public static double ContinuousLevel(double progress, double expectedGain, double raterNoiseLevels) =>
        2.0 * (progress / expectedGain - 1.0) + raterNoiseLevels;

    /// <summary>Rounds a continuous level to the GAS scale -2..+2.</summary>
    public static int Level(double continuousLevel) => (int)Math.Clamp(Math.Round(continuousLevel, MidpointRounding.AwayFromZero), -2, 2);

    /// <summary>
    /// Kiresuk-Sherman T-score: T = 50 + 10 * sum(w x) / sqrt((1 - rho) * sum(w^2) + rho * (sum w)^2).
    /// With one goal of weight 1 this is T = 50 + 10 x.
    /// </summary>
    public static double TScore(IReadOnlyList<int> levels, IReadOnlyList<double> weights, double rho = 0.3)
    {
        if (levels.Count != weights.Count || levels.Count == 0)
        {
            throw new ArgumentException("Levels and weights must be non-empty lists of the same length.");
        }
        double weighted = 0, squares = 0, sum = 0;
        for (int i = 0; i < levels.Count; i++)
        {
            weighted += weights[i] * levels[i];
            squares += weights[i] * weights[i];
            sum += weights[i];
        }
        return 50 + 10 * weighted / Math.Sqrt((1 - rho) * squares + rho * sum * sum);
    }
}
