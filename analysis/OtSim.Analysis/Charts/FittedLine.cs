namespace OtSim.Analysis.Charts;

/// <summary>A straight fitted line y = intercept + slope * x, computed by the caller.</summary>
/// <param name="Intercept">Value of y at x = 0.</param>
/// <param name="Slope">Change in y per unit of x.</param>
/// <param name="Label">Legend text, for example "Fitted line: +1.2 points per 100 minutes".</param>
public sealed record FittedLine(double Intercept, double Slope, string Label = "Fitted line")
{
    /// <summary>The line's value at <paramref name="x"/>.</summary>
    public double At(double x) => Intercept + (Slope * x);
}
