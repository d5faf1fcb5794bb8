namespace OtSim.Model.Tests;

/// <summary>A small OLS for model tests (normal equations with Gaussian elimination; fine for a few columns).</summary>
internal static class LeastSquares
{
    /// <summary>Returns coefficients (intercept first) and their classical t statistics.</summary>
    public static (double[] Beta, double[] T) Fit(double[] y, params double[][] columns)
    {
        int n = y.Length, k = columns.Length + 1;
        double X(int i, int j) => j == 0 ? 1 : columns[j - 1][i];
        var a = new double[k, k + k];
        var xty = new double[k];
        for (int i = 0; i < n; i++)
        {
            for (int r = 0; r < k; r++)
            {
                xty[r] += X(i, r) * y[i];
                for (int c = 0; c < k; c++)
                {
                    a[r, c] += X(i, r) * X(i, c);
                }
            }
        }
        for (int r = 0; r < k; r++)
        {
            a[r, k + r] = 1;
        }
        for (int p = 0; p < k; p++)
        {
            int pivot = p;
            for (int r = p + 1; r < k; r++)
            {
                if (Math.Abs(a[r, p]) > Math.Abs(a[pivot, p])) pivot = r;
            }
            for (int c = 0; c < 2 * k; c++)
            {
                (a[p, c], a[pivot, c]) = (a[pivot, c], a[p, c]);
            }
            double d = a[p, p];
            for (int c = 0; c < 2 * k; c++) a[p, c] /= d;
            for (int r = 0; r < k; r++)
            {
                if (r == p) continue;
                double f = a[r, p];
                for (int c = 0; c < 2 * k; c++) a[r, c] -= f * a[p, c];
            }
        }
        var beta = new double[k];
        for (int r = 0; r < k; r++)
        {
            for (int c = 0; c < k; c++) beta[r] += a[r, k + c] * xty[c];
        }
        double rss = 0;
        for (int i = 0; i < n; i++)
        {
            double fit = 0;
            for (int j = 0; j < k; j++) fit += X(i, j) * beta[j];
            rss += (y[i] - fit) * (y[i] - fit);
        }
        double sigma2 = rss / (n - k);
        var t = new double[k];
        for (int j = 0; j < k; j++) t[j] = beta[j] / Math.Sqrt(sigma2 * a[j, k + j]);
        return (beta, t);
    }
}
