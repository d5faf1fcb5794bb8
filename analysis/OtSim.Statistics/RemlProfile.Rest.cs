namespace OtSim.Statistics;

/// <summary>The non-primary factors' part of an evaluation, solved block by block.</summary>
internal sealed partial class RemlProfile
{
    /// <summary>
    /// Adds the Schur-complement part of the non-primary factors to C'C, C'c and c'c; returns its log-determinant.
    /// The complement is block diagonal (see <see cref="RemlBlocks"/>), so each block is factored on its own: the
    /// same numbers as one dense Cholesky of the whole matrix, in O(Σ size³) instead of O(levels³).
    /// </summary>
    private double AddRestBlock(IReadOnlyList<double> theta, double[] d1, double tp2, double[,] a, double[] ctc, ref double cc)
    {
        int width = _p + 1;
        int max = _blocks.MaxSize;
        var s = new double[max * max];
        var rhs = new double[max * width];
        var th = new double[max];
        var wq = new double[_p];
        double logDet = 0;
        for (int b = 0; b < _blocks.Members.Length; b++)
        {
            var members = _blocks.Members[b];
            int size = members.Length;

            // S = I + Θ (Crr - tp² Σ_g N_g N_g' / D1_g) Θ ; rhs = Θ (Zr'v - tp² Σ_g N_g (Z1'v)_g / D1_g).
            Array.Copy(_blocks.Cross[b], s, size * size);
            for (int u = 0; u < size; u++)
            {
                int r = members[u];
                th[u] = theta[_restFactor[r]];
                for (int j = 0; j < _p; j++)
                {
                    rhs[(u * width) + j] = _zrq[r, j];
                }

                rhs[(u * width) + _p] = _zry[r];
            }

            foreach (int g in _blocks.Primaries[b])
            {
                var idx = _crossIndex[g];
                var cnt = _crossCount[g];
                double f = tp2 / d1[g];
                for (int u = 0; u < idx.Length; u++)
                {
                    double fu = f * cnt[u];
                    int lu = _blocks.LocalIndex[idx[u]];
                    for (int v = 0; v < idx.Length; v++)
                    {
                        s[(lu * size) + _blocks.LocalIndex[idx[v]]] -= fu * cnt[v];
                    }

                    for (int j = 0; j < _p; j++)
                    {
                        rhs[(lu * width) + j] -= fu * _z1q[g, j];
                    }

                    rhs[(lu * width) + _p] -= fu * _z1y[g];
                }
            }

            for (int r = 0; r < size; r++)
            {
                for (int c = 0; c < size; c++)
                {
                    s[(r * size) + c] *= th[r] * th[c];
                }

                s[(r * size) + r] += 1.0;
                for (int j = 0; j < width; j++)
                {
                    rhs[(r * width) + j] *= th[r];
                }
            }

            logDet += FactorAndSolve(s, size, rhs, width);
            for (int r = 0; r < size; r++)
            {
                double wy = rhs[(r * width) + _p];
                cc += wy * wy;
                for (int j = 0; j < _p; j++)
                {
                    wq[j] = rhs[(r * width) + j];
                    ctc[j] += wq[j] * wy;
                }

                AddOuter(a, wq);
            }
        }

        return logDet;
    }

    /// <summary>
    /// In place: the lower Cholesky factor L of the size × size SPD matrix <paramref name="s"/> (row-major), then
    /// <paramref name="rhs"/> ← L⁻¹ rhs; returns log|S| = 2 Σ log L_rr.
    /// </summary>
    private static double FactorAndSolve(double[] s, int size, double[] rhs, int width)
    {
        double logDet = 0;
        for (int j = 0; j < size; j++)
        {
            double diag = s[(j * size) + j];
            for (int k = 0; k < j; k++)
            {
                diag -= s[(j * size) + k] * s[(j * size) + k];
            }

            if (!(diag > 0))
            {
                throw new InvalidOperationException("The random-effects system is not positive definite.");
            }

            double ljj = Math.Sqrt(diag);
            s[(j * size) + j] = ljj;
            logDet += 2.0 * Math.Log(ljj);
            for (int i = j + 1; i < size; i++)
            {
                double v = s[(i * size) + j];
                for (int k = 0; k < j; k++)
                {
                    v -= s[(i * size) + k] * s[(j * size) + k];
                }

                s[(i * size) + j] = v / ljj;
            }
        }

        for (int i = 0; i < size; i++)
        {
            for (int c = 0; c < width; c++)
            {
                double v = rhs[(i * width) + c];
                for (int k = 0; k < i; k++)
                {
                    v -= s[(i * size) + k] * rhs[(k * width) + c];
                }

                rhs[(i * width) + c] = v / s[(i * size) + i];
            }
        }

        return logDet;
    }
}
