namespace OtSim.Statistics;

/// <summary>Lookup helpers for coefficient tables.</summary>
public static class CoefficientListExtensions
{
    /// <summary>Returns the coefficient whose <see cref="Coefficient.Term"/> equals <paramref name="term"/> (ordinal).</summary>
    /// <exception cref="KeyNotFoundException">No coefficient has that term label.</exception>
    public static Coefficient Get(this IReadOnlyList<Coefficient> coefficients, string term)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        foreach (var c in coefficients)
        {
            if (string.Equals(c.Term, term, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new KeyNotFoundException($"No coefficient named '{term}'.");
    }
}
