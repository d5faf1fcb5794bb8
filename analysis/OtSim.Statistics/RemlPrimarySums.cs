namespace OtSim.Statistics;

/// <summary>
/// The primary factor's sufficient statistics pooled over levels with the same number of observations. Its block
/// of Λ'Z'ZΛ + I is diagonal, and level g's contribution to C'C, C'c and c'c is (θ²/(θ² n_g + 1)) times
/// (Z1'Q)_g(Z1'Q)_g', (Z1'Q)_g(Z1'y)_g and (Z1'y)_g², which depends on θ only through n_g. Pooling the products
/// by n_g once makes an evaluation O(distinct n_g · p²) instead of O(levels · p²): balanced designs (every
/// classroom the same size) have one or a few distinct sizes.
/// </summary>
internal sealed class RemlPrimarySums
{
    private readonly double[] _count;      // distinct n_g
    private readonly double[] _levels;     // levels with that n_g
    private readonly double[][] _qq;       // Σ (Z1'Q)_g (Z1'Q)_g', row-major p × p
    private readonly double[][] _qy;       // Σ (Z1'Q)_g (Z1'y)_g
    private readonly double[] _yy;         // Σ (Z1'y)_g²

    public RemlPrimarySums(double[] n1, double[,] z1q, double[] z1y)
    {
        int p = z1q.GetLength(1);
        var index = new Dictionary<double, int>();
        var qq = new List<double[]>();
        var qy = new List<double[]>();
        var yy = new List<double>();
        var levels = new List<double>();
        for (int g = 0; g < n1.Length; g++)
        {
            if (!index.TryGetValue(n1[g], out int k))
            {
                k = index.Count;
                index.Add(n1[g], k);
                qq.Add(new double[p * p]);
                qy.Add(new double[p]);
                yy.Add(0);
                levels.Add(0);
            }

            levels[k] += 1;
            yy[k] += z1y[g] * z1y[g];
            for (int j = 0; j < p; j++)
            {
                qy[k][j] += z1q[g, j] * z1y[g];
                for (int c = 0; c < p; c++)
                {
                    qq[k][(j * p) + c] += z1q[g, j] * z1q[g, c];
                }
            }
        }

        _count = index.OrderBy(e => e.Value).Select(e => e.Key).ToArray();
        _levels = levels.ToArray();
        _qq = qq.ToArray();
        _qy = qy.ToArray();
        _yy = yy.ToArray();
    }

    /// <summary>Adds the primary factor's part at θ_primary² = <paramref name="tp2"/>; returns its log-determinant.</summary>
    public double Add(double tp2, double[,] a, double[] ctc, ref double cc)
    {
        int p = ctc.Length;
        double logDet = 0;
        for (int k = 0; k < _count.Length; k++)
        {
            double d = (tp2 * _count[k]) + 1.0;
            logDet += _levels[k] * Math.Log(d);
            double s2 = tp2 / d;
            cc += s2 * _yy[k];
            for (int j = 0; j < p; j++)
            {
                ctc[j] += s2 * _qy[k][j];
                for (int c = 0; c < p; c++)
                {
                    a[j, c] += s2 * _qq[k][(j * p) + c];
                }
            }
        }

        return logDet;
    }
}
