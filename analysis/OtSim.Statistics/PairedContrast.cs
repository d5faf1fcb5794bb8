namespace OtSim.Statistics;

/// <summary>
/// Counterfactual contrasts from paired units (the same student under two policies): cluster-robust means of paired
/// differences and the ratio of two such means (progress gained per unit of extra dose).
/// </summary>
/// <remarks>
/// <para>For pairs i = 1..n with differences y_i (outcome) and x_i (dose) in clusters g = 1..G:</para>
/// <para><b>Mean:</b> ȳ with CR1 variance G/(G-1) · Σ_g (Σ_{i∈g} (y_i - ȳ))² / n², which is
/// <c>sandwich::vcovCL(lm(y ~ 1), cluster = g, type = "HC1")</c> (its (n-1)/(n-k) factor is 1 for k = 1).</para>
/// <para><b>Ratio:</b> R = Σy / Σx (the ratio of the mean differences), with the linearised (delta-method) CR1
/// variance G/(G-1) · Σ_g (Σ_{i∈g} (y_i - R x_i))² / (Σx)². This is the just-identified instrumental-variable
/// estimate of y = R·x with the constant as instrument and its cluster-robust sandwich; it respects the pairing
/// (each student's own difference) and any correlation within a cluster (classroom within replication).</para>
/// <para>Tests and intervals use t on G - 1 degrees of freedom, as the analysis does for every CR1 estimate.</para>
/// </remarks>
public static class PairedContrast
{
    /// <summary>Cluster-robust mean of paired differences.</summary>
    /// <param name="term">Label of the result.</param>
    /// <param name="differences">One difference per pair.</param>
    /// <param name="clusters">Cluster of each pair.</param>
    /// <exception cref="ArgumentException">Length mismatch or fewer than two clusters.</exception>
    public static Coefficient Mean(string term, IReadOnlyList<double> differences, IReadOnlyList<string> clusters)
    {
        ArgumentNullException.ThrowIfNull(differences);
        double mean = differences.Average();
        return Sandwich(term, mean, differences.Select(d => d - mean).ToArray(), clusters, differences.Count);
    }

    /// <summary>Cluster-robust ratio Σy / Σx of paired differences (see the remarks); null when Σx is 0.</summary>
    /// <param name="term">Label of the result.</param>
    /// <param name="outcome">Outcome difference of each pair.</param>
    /// <param name="dose">Dose difference of each pair (same order).</param>
    /// <param name="clusters">Cluster of each pair.</param>
    /// <exception cref="ArgumentException">Length mismatch or fewer than two clusters.</exception>
    public static Coefficient? Ratio(string term, IReadOnlyList<double> outcome, IReadOnlyList<double> dose, IReadOnlyList<string> clusters)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(dose);
        if (outcome.Count != dose.Count)
        {
            throw new ArgumentException("Outcome and dose differences need the same length.", nameof(dose));
        }

        double sx = dose.Sum();
        if (Math.Abs(sx) < 1e-12 * Math.Max(1, dose.Sum(Math.Abs)))
        {
            return null;
        }

        double ratio = outcome.Sum() / sx;
        return Sandwich(term, ratio, outcome.Select((y, i) => y - (ratio * dose[i])).ToArray(), clusters, sx);
    }

    private static Coefficient Sandwich(
        string term, double estimate, double[] residuals, IReadOnlyList<string> clusters, double scale)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        if (clusters.Count != residuals.Length)
        {
            throw new ArgumentException($"Got {clusters.Count} cluster labels for {residuals.Length} pairs.", nameof(clusters));
        }

        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < residuals.Length; i++)
        {
            sums[clusters[i]] = sums.GetValueOrDefault(clusters[i]) + residuals[i];
        }

        int g = sums.Count;
        if (g < 2)
        {
            throw new ArgumentException("A cluster-robust contrast needs at least two clusters.", nameof(clusters));
        }

        double meat = sums.Values.Sum(s => s * s);
        double variance = g / (g - 1.0) * meat / (scale * scale);
        return Coefficient.FromWald(term, estimate, Math.Sqrt(variance), g - 1);
    }
}
