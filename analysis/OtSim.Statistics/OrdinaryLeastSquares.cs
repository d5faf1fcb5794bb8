using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace OtSim.Statistics;

/// <summary>
/// Ordinary least squares regression, equivalent to R's <c>lm(y ~ ...)</c> for a numeric design.
/// </summary>
/// <remarks>
/// The fit uses a thin Householder QR decomposition of X (never the normal equations) followed by one step of
/// iterative refinement, so it reproduces the NIST StRD Longley certified values to about 1e-12 relative.
/// Rank-deficient designs are rejected instead of silently dropping columns (R would report <c>NA</c>).
/// </remarks>
public static class OrdinaryLeastSquares
{
    /// <summary>Fits y = Xβ + ε by least squares.</summary>
    /// <param name="y">Response, one value per design row.</param>
    /// <param name="design">Model matrix.</param>
    /// <param name="level">Confidence level of the coefficient intervals.</param>
    /// <exception cref="ArgumentException">Lengths differ, n ≤ p, X is (numerically) rank deficient, or y does not vary or overflows (<see cref="FitChecks.Response"/>).</exception>
    /// <exception cref="InvalidOperationException">The fit is not finite.</exception>
    public static OlsResult Fit(IReadOnlyList<double> y, DesignMatrix design, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(design);
        int n = design.RowCount;
        int p = design.ColumnCount;
        if (y.Count != n)
        {
            throw new ArgumentException($"y has {y.Count} values but the design has {n} rows.", nameof(y));
        }

        if (n <= p)
        {
            throw new ArgumentException($"Need more observations ({n}) than terms ({p}).", nameof(design));
        }

        FitChecks.Response(y);
        var x = design.Matrix;
        var yv = Vector<double>.Build.Dense(n, i => y[i]);
        var qr = x.QR(QRMethod.Thin);
        var r = qr.R;
        CheckRank(r, design);

        var beta = qr.Solve(yv);
        var residual = yv - x * beta;
        beta += qr.Solve(residual); // one step of iterative refinement
        var fitted = x * beta;
        residual = yv - fitted;

        double rss = residual.DotProduct(residual);
        int rdf = n - p;
        double sigma2 = rss / rdf;
        var bread = Triangular.InverseCrossProduct(r);

        var coefficients = new Coefficient[p];
        var cov = new double[p, p];
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++)
            {
                cov[i, j] = sigma2 * bread[i, j];
            }

            coefficients[i] = Coefficient.FromWald(design.TermNames[i], beta[i], Math.Sqrt(cov[i, i]), rdf, level);
        }

        FitChecks.Finite(coefficients, "least-squares");
        bool intercept = design.HasIntercept;
        double mss;
        if (intercept)
        {
            double mean = fitted.Average();
            mss = fitted.Sum(f => (f - mean) * (f - mean));
        }
        else
        {
            mss = fitted.DotProduct(fitted);
        }

        int df1 = intercept ? p - 1 : p;
        double r2 = mss / (mss + rss);
        double adj = 1.0 - (1.0 - r2) * ((n - (intercept ? 1 : 0)) / (double)rdf);
        double f = df1 > 0 ? mss / df1 / sigma2 : double.NaN;
        double fp = df1 > 0 ? Distributions.FUpperTail(f, df1, rdf) : double.NaN;

        return new OlsResult(design, coefficients, cov, bread, residual.ToArray(), fitted.ToArray(),
            r2, adj, Math.Sqrt(sigma2), f, df1, fp);
    }

    private static void CheckRank(Matrix<double> r, DesignMatrix design)
    {
        double max = 0;
        for (int i = 0; i < r.ColumnCount; i++)
        {
            max = Math.Max(max, Math.Abs(r[i, i]));
        }

        for (int i = 0; i < r.ColumnCount; i++)
        {
            if (!(Math.Abs(r[i, i]) > 1e-11 * max))
            {
                throw new ArgumentException(
                    $"Design is rank deficient: column '{design.TermNames[i]}' is (nearly) a linear combination of earlier columns.",
                    nameof(design));
            }
        }
    }
}
