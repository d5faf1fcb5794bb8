namespace OtSim.Statistics;

/// <summary>
/// Cluster-robust ("sandwich") covariance for OLS with the CR1 small-sample adjustment.
/// </summary>
/// <remarks>
/// <para>V = c · (X'X)⁻¹ [Σ_g X_g' e_g e_g' X_g] (X'X)⁻¹ with c = G/(G-1) · (n-1)/(n-p), which is exactly
/// R's <c>sandwich::vcovCL(fit, cluster = ~g, type = "HC1", cadjust = TRUE)</c> and Stata's
/// <c>regress, vce(cluster g)</c>.</para>
/// <para>Inference: by default t with G - 1 df (<see cref="ClusterDegreesOfFreedom.ClustersMinusOne"/>), because
/// with few clusters (schools) the residual df n - p grossly overstates the information in V. R's
/// <c>lmtest::coeftest(fit, vcov. = V)</c> would instead use n - p unless given <c>df = G - 1</c>; pass
/// <see cref="ClusterDegreesOfFreedom.Residual"/> to reproduce that default.</para>
/// </remarks>
public static class ClusterRobustCovariance
{
    /// <summary>Computes CR1 standard errors for an OLS fit.</summary>
    /// <typeparam name="TCluster">Cluster label type (compared with its default equality).</typeparam>
    /// <param name="fit">The OLS fit.</param>
    /// <param name="clusters">Cluster label of each observation, in the fit's row order.</param>
    /// <param name="degreesOfFreedom">Reference df convention for tests and intervals.</param>
    /// <param name="level">Confidence level.</param>
    /// <exception cref="ArgumentException">Length mismatch or fewer than two clusters.</exception>
    public static ClusterRobustResult Compute<TCluster>(
        OlsResult fit,
        IReadOnlyList<TCluster> clusters,
        ClusterDegreesOfFreedom degreesOfFreedom = ClusterDegreesOfFreedom.ClustersMinusOne,
        double level = 0.95)
        where TCluster : notnull
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(clusters);
        int n = fit.N;
        int p = fit.Design.ColumnCount;
        if (clusters.Count != n)
        {
            throw new ArgumentException($"Got {clusters.Count} cluster labels for {n} observations.", nameof(clusters));
        }

        var index = new Dictionary<TCluster, int>();
        var code = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (!index.TryGetValue(clusters[i], out int c))
            {
                c = index.Count;
                index.Add(clusters[i], c);
            }

            code[i] = c;
        }

        int g = index.Count;
        if (g < 2)
        {
            throw new ArgumentException("Cluster-robust covariance needs at least two clusters.", nameof(clusters));
        }

        // Per-cluster score sums s_g = X_g' e_g.
        var x = fit.Design.Matrix;
        var scores = new double[g, p];
        for (int i = 0; i < n; i++)
        {
            double e = fit.Residuals[i];
            for (int j = 0; j < p; j++)
            {
                scores[code[i], j] += x[i, j] * e;
            }
        }

        var meat = new double[p, p];
        for (int c = 0; c < g; c++)
        {
            for (int j = 0; j < p; j++)
            {
                for (int k = 0; k < p; k++)
                {
                    meat[j, k] += scores[c, j] * scores[c, k];
                }
            }
        }

        double adjust = g / (g - 1.0) * (n - 1.0) / (n - p);
        var bread = fit.UnscaledCovariance;
        var v = Matrices.Multiply(Matrices.Multiply(bread, meat), bread);
        for (int j = 0; j < p; j++)
        {
            for (int k = 0; k < p; k++)
            {
                v[j, k] *= adjust;
            }
        }

        double df = degreesOfFreedom == ClusterDegreesOfFreedom.ClustersMinusOne ? g - 1 : fit.ResidualDf;
        var coefficients = fit.Coefficients
            .Select((c, j) => Coefficient.FromWald(c.Term, c.Estimate, Math.Sqrt(v[j, j]), df, level))
            .ToArray();
        return new ClusterRobustResult(coefficients, v, g, df, degreesOfFreedom);
    }
}
