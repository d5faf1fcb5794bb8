using MathNet.Numerics.LinearAlgebra;

namespace OtSim.Statistics;

/// <summary>Small dense triangular-matrix helpers.</summary>
internal static class Triangular
{
    /// <summary>Inverse of an upper-triangular matrix by back substitution.</summary>
    public static double[,] InverseUpper(Matrix<double> r)
    {
        int p = r.ColumnCount;
        var inv = new double[p, p];
        for (int j = p - 1; j >= 0; j--)
        {
            inv[j, j] = 1.0 / r[j, j];
            for (int i = j - 1; i >= 0; i--)
            {
                double s = 0;
                for (int k = i + 1; k <= j; k++)
                {
                    s += r[i, k] * inv[k, j];
                }

                inv[i, j] = -s / r[i, i];
            }
        }

        return inv;
    }

    /// <summary>Returns (R'R)⁻¹ = R⁻¹R⁻ᵀ for upper-triangular R.</summary>
    public static double[,] InverseCrossProduct(Matrix<double> r)
    {
        int p = r.ColumnCount;
        var ri = InverseUpper(r);
        var result = new double[p, p];
        for (int i = 0; i < p; i++)
        {
            for (int j = i; j < p; j++)
            {
                double s = 0;
                for (int k = j; k < p; k++)
                {
                    s += ri[i, k] * ri[j, k];
                }

                result[i, j] = s;
                result[j, i] = s;
            }
        }

        return result;
    }

    /// <summary>Solves L W = B for lower-triangular L (forward substitution); returns W.</summary>
    public static Matrix<double> SolveLower(Matrix<double> l, Matrix<double> b)
    {
        int n = l.RowCount;
        int m = b.ColumnCount;
        var w = b.Clone();
        for (int c = 0; c < m; c++)
        {
            for (int i = 0; i < n; i++)
            {
                double s = w[i, c];
                for (int k = 0; k < i; k++)
                {
                    s -= l[i, k] * w[k, c];
                }

                w[i, c] = s / l[i, i];
            }
        }

        return w;
    }
}
