using MathNet.Numerics.LinearAlgebra;

namespace OtSim.Statistics;

/// <summary>
/// Satterthwaite denominator degrees of freedom for single fixed-effect coefficients, computed the way
/// <c>lmerTest</c> (Kuznetsova et al. 2017) does: over the variance parameters v = (θ_1..θ_K, σ),
/// df_j = 2 Var(β̂_j)² / (∇Var(β̂_j)' A ∇Var(β̂_j)) with A = 2 H⁻¹, H the Hessian of the (unprofiled) REML
/// deviance in v, and Var(β̂_j)(v) = σ² [(X'V_θ⁻¹X)⁻¹]_jj. Derivatives are central differences with one
/// Richardson extrapolation step (lmerTest uses numDeriv's Richardson scheme).
/// </summary>
internal static class Satterthwaite
{
    public static double[] DegreesOfFreedom(RemlProfile profile, IReadOnlyList<double> theta, double sigma2, int n, int p)
    {
        int k = theta.Count;
        int m = k + 1;
        int df = n - p;
        var v0 = theta.Append(Math.Sqrt(sigma2)).ToArray();

        // Unprofiled REML deviance: log|L|² + log|R_X|² + r²/σ² + (n-p) log(2πσ²).
        double Deviance(double[] v)
        {
            var e = profile.Evaluate(v[..k], full: false);
            double logDet = e.Deviance - df * (1.0 + Math.Log(2.0 * Math.PI * e.ResidualVariance));
            double s2 = v[k] * v[k];
            return logDet + df * e.ResidualVariance / s2 + df * Math.Log(2.0 * Math.PI * s2);
        }

        // Unscaled covariance U(θ) = (X'V_θ⁻¹X)⁻¹ diagonal.
        double[] UnscaledVariances(double[] th)
        {
            var e = profile.Evaluate(th);
            return Enumerable.Range(0, p).Select(j => e.Covariance[j, j] / e.ResidualVariance).ToArray();
        }

        var steps = v0.Select(x => 1e-3 * Math.Max(Math.Abs(x), 0.1)).ToArray();
        var h = Matrix<double>.Build.Dense(m, m);
        double f0 = Deviance(v0);
        for (int i = 0; i < m; i++)
        {
            for (int j = i; j < m; j++)
            {
                int ii = i;
                int jj = j;
                double SecondDifference(double scale)
                {
                    double hi = steps[ii] * scale;
                    double hj = steps[jj] * scale;
                    if (ii == jj)
                    {
                        return (Deviance(Shift(v0, ii, hi)) - 2.0 * f0 + Deviance(Shift(v0, ii, -hi))) / (hi * hi);
                    }

                    return (Deviance(Shift(Shift(v0, ii, hi), jj, hj)) - Deviance(Shift(Shift(v0, ii, hi), jj, -hj))
                        - Deviance(Shift(Shift(v0, ii, -hi), jj, hj)) + Deviance(Shift(Shift(v0, ii, -hi), jj, -hj))) / (4.0 * hi * hj);
                }

                double value = Richardson(SecondDifference);
                h[i, j] = value;
                h[j, i] = value;
            }
        }

        var a = 2.0 * h.Inverse();
        var u0 = UnscaledVariances(v0[..k]);
        var grads = new double[p, m];
        for (int i = 0; i < k; i++)
        {
            // Central differences of every coefficient's variance from the same four evaluations.
            double[] Difference(double scale)
            {
                var up = UnscaledVariances(Shift(v0, i, steps[i] * scale)[..k]);
                var down = UnscaledVariances(Shift(v0, i, -steps[i] * scale)[..k]);
                return Enumerable.Range(0, p).Select(j => (up[j] - down[j]) / (2.0 * steps[i] * scale)).ToArray();
            }

            var half = Difference(0.5);
            var whole = Difference(1.0);
            for (int j = 0; j < p; j++)
            {
                grads[j, i] = sigma2 * ((4.0 * half[j]) - whole[j]) / 3.0;
            }
        }

        var result = new double[p];
        for (int j = 0; j < p; j++)
        {
            grads[j, k] = 2.0 * Math.Sqrt(sigma2) * u0[j];
            double var = sigma2 * u0[j];
            double quad = 0;
            for (int r = 0; r < m; r++)
            {
                for (int c = 0; c < m; c++)
                {
                    quad += grads[j, r] * a[r, c] * grads[j, c];
                }
            }

            result[j] = quad > 0 ? 2.0 * var * var / quad : double.NaN;
        }

        return result;
    }

    private static double Richardson(Func<double, double> difference) =>
        (4.0 * difference(0.5) - difference(1.0)) / 3.0;

    private static double[] Shift(double[] v, int index, double delta)
    {
        var copy = (double[])v.Clone();
        copy[index] += delta;
        return copy;
    }
}
