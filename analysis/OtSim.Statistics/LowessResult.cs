namespace OtSim.Statistics;

/// <summary>A lowess curve: the x values sorted ascending and the smoothed y at each.</summary>
/// <param name="X">Sorted x values (ties kept, stable order).</param>
/// <param name="Y">Smoothed values at <see cref="X"/>.</param>
public sealed record LowessResult(IReadOnlyList<double> X, IReadOnlyList<double> Y);
