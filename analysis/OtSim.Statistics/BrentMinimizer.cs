namespace OtSim.Statistics;

/// <summary>
/// Brent's (1973) derivative-free minimizer on a bracket [a, b] (golden section with parabolic steps), the
/// algorithm behind R's <c>optimize</c>.
/// </summary>
internal static class BrentMinimizer
{
    private const double GoldenRatioComplement = 0.3819660112501051;

    public static (double X, double F, bool Converged) Minimize(Func<double, double> f, double a, double b, double tol = 1e-10, int maxIterations = 200)
    {
        double sqrtEps = Math.Sqrt(2.220446049250313e-16);
        double v = a + GoldenRatioComplement * (b - a);
        double w = v;
        double x = v;
        double e = 0;
        double d = 0;
        double fx = f(x);
        double fv = fx;
        double fw = fx;

        for (int iter = 0; iter < maxIterations; iter++)
        {
            double xm = 0.5 * (a + b);
            double tol1 = sqrtEps * Math.Abs(x) + tol / 3.0;
            double tol2 = 2.0 * tol1;
            if (Math.Abs(x - xm) <= tol2 - 0.5 * (b - a))
            {
                return (x, fx, true);
            }

            bool golden = true;
            if (Math.Abs(e) > tol1)
            {
                double r = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = (x - v) * q - (x - w) * r;
                q = 2.0 * (q - r);
                if (q > 0)
                {
                    p = -p;
                }

                q = Math.Abs(q);
                double eOld = e;
                e = d;
                if (Math.Abs(p) < Math.Abs(0.5 * q * eOld) && p > q * (a - x) && p < q * (b - x))
                {
                    d = p / q;
                    double u0 = x + d;
                    if (u0 - a < tol2 || b - u0 < tol2)
                    {
                        d = x < xm ? tol1 : -tol1;
                    }

                    golden = false;
                }
            }

            if (golden)
            {
                e = x < xm ? b - x : a - x;
                d = GoldenRatioComplement * e;
            }

            double u = Math.Abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
            double fu = f(u);
            if (fu <= fx)
            {
                if (u < x)
                {
                    b = x;
                }
                else
                {
                    a = x;
                }

                v = w; fv = fw;
                w = x; fw = fx;
                x = u; fx = fu;
            }
            else
            {
                if (u < x)
                {
                    a = u;
                }
                else
                {
                    b = u;
                }

                if (fu <= fw || w == x)
                {
                    v = w; fv = fw;
                    w = u; fw = fu;
                }
                else if (fu <= fv || v == x || v == w)
                {
                    v = u; fv = fu;
                }
            }
        }

        return (x, fx, false);
    }

    /// <summary>
    /// Minimizes f over θ ≥ 0: evaluates f on <paramref name="grid"/> (which should include 0), then runs Brent on
    /// the bracket around the best grid point. A minimum found next to 0 is compared with f(0), so boundary optima
    /// are returned as exactly 0.
    /// </summary>
    public static (double X, double F, bool Converged) MinimizeNonNegative(Func<double, double> f, IEnumerable<double> grid, double tol = 1e-10)
    {
        var pts = grid.Where(t => t >= 0 && double.IsFinite(t)).Append(0.0).Distinct().OrderBy(t => t).ToArray();
        var vals = pts.Select(f).ToArray();
        int best = 0;
        for (int i = 1; i < pts.Length; i++)
        {
            if (vals[i] < vals[best])
            {
                best = i;
            }
        }

        double lo = best > 0 ? pts[best - 1] : 0.0;
        double hi = best < pts.Length - 1 ? pts[best + 1] : Math.Max(1.0, pts[best] * 10.0);
        var (x, fx, ok) = Minimize(f, lo, hi, tol);
        if (vals[best] < fx)
        {
            (x, fx) = (pts[best], vals[best]);
        }

        if (vals[0] <= fx)
        {
            return (0.0, vals[0], ok);
        }

        return (x, fx, ok);
    }
}
