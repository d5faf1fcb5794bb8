namespace OtSim.Statistics;

/// <summary>Tiny dense helpers on <c>double[,]</c>.</summary>
internal static class Matrices
{
    public static double[,] Multiply(double[,] a, double[,] b)
    {
        int n = a.GetLength(0);
        int m = a.GetLength(1);
        int k = b.GetLength(1);
        var c = new double[n, k];
        for (int i = 0; i < n; i++)
        {
            for (int l = 0; l < m; l++)
            {
                double ail = a[i, l];
                for (int j = 0; j < k; j++)
                {
                    c[i, j] += ail * b[l, j];
                }
            }
        }

        return c;
    }
}
