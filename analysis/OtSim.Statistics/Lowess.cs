namespace OtSim.Statistics;

/// <summary>
/// Cleveland's (1979) LOWESS scatterplot smoother, a line-for-line port of R's <c>lowess(x, y, f, iter, delta)</c>
/// (<c>clowess</c> in R's stats package): locally weighted linear fits with tricube weights over the nearest
/// ⌊f·n⌋ points, followed by <c>iter</c> robustness passes with bisquare weights based on 6 × median |residual|.
/// Points closer than <c>delta</c> in x to the last fitted point are linearly interpolated.
/// </summary>
public static class Lowess
{
    /// <summary>Smooths y against x.</summary>
    /// <param name="x">Predictor values.</param>
    /// <param name="y">Response values.</param>
    /// <param name="span">Smoother span f (fraction of points in each local fit); R default 2/3.</param>
    /// <param name="iterations">Number of robustifying iterations; R default 3.</param>
    /// <param name="delta">Interpolation distance; null means R's default 0.01 × range(x).</param>
    public static LowessResult Smooth(IReadOnlyList<double> x, IReadOnlyList<double> y, double span = 2.0 / 3.0, int iterations = 3, double? delta = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException("x and y must have the same length.");
        }

        int n = x.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => x[i]).ToArray(); // stable, like R's order()
        var xs = new double[n + 1];
        var ys = new double[n + 1];
        for (int i = 0; i < n; i++)
        {
            xs[i + 1] = x[order[i]];
            ys[i + 1] = y[order[i]];
        }

        double d = delta ?? (n > 0 ? 0.01 * (xs[n] - xs[1]) : 0.0);
        var fit = new double[n + 1];
        if (n > 0)
        {
            Clowess(xs, ys, n, span, iterations, d, fit);
        }

        return new LowessResult(xs.Skip(1).ToArray(), fit.Skip(1).ToArray());
    }

    // Arrays below are 1-based (index 0 unused) to mirror the reference C code.
    private static void Clowess(double[] x, double[] y, int n, double f, int nsteps, double delta, double[] ys)
    {
        if (n < 2)
        {
            ys[1] = y[1];
            return;
        }

        var rw = new double[n + 1];
        var res = new double[n + 1];
        int ns = Math.Max(2, Math.Min(n, (int)(f * n + 1e-7)));

        // Where to fit depends on x only, so it is planned once; the fits are independent given the robustness
        // weights and run in parallel on large data, each with its own scratch array: the same numbers as R's
        // sequential loop, which interleaves planning, fitting and interpolation.
        var plan = Plan(x, n, ns, delta);
        for (int iter = 1; iter <= nsteps + 1; iter++)
        {
            bool robust = iter > 1;
            void FitAt(FitPoint point, double[] scratch)
            {
                int i = point.Index;
                if (!Lowest(x, y, n, x[i], out ys[i], point.Left, point.Right, scratch, robust, rw))
                {
                    ys[i] = y[i];
                }
            }

            if ((long)plan.Count * ns >= ParallelWork)
            {
                Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, plan.Count), () => new double[n + 1], (range, _, scratch) =>
                {
                    for (int k = range.Item1; k < range.Item2; k++)
                    {
                        FitAt(plan[k], scratch);
                    }

                    return scratch;
                }, _ => { });
            }
            else
            {
                foreach (var point in plan)
                {
                    FitAt(point, res);
                }
            }

            int last = 0;
            foreach (var point in plan)
            {
                int i = point.Index;
                if (last < i - 1)
                {
                    double denom = x[i] - x[last];
                    for (int j = last + 1; j < i; j++)
                    {
                        double alpha = (x[j] - x[last]) / denom;
                        ys[j] = alpha * ys[i] + (1.0 - alpha) * ys[last];
                    }
                }

                for (int j = i + 1; j <= point.TiesEnd; j++)
                {
                    ys[j] = ys[i];
                }

                last = point.TiesEnd;
            }

            for (int k = 1; k <= n; k++)
            {
                res[k] = y[k] - ys[k];
            }

            double sc = 0;
            for (int k = 1; k <= n; k++)
            {
                sc += Math.Abs(res[k]);
            }

            sc /= n;
            if (iter > nsteps)
            {
                break;
            }

            var abs = new double[n];
            for (int k = 0; k < n; k++)
            {
                abs[k] = Math.Abs(res[k + 1]);
            }

            Array.Sort(abs);
            int m1 = n / 2;
            double cmad = n % 2 == 0 ? 3.0 * (abs[m1] + abs[n - m1 - 1]) : 6.0 * abs[m1];
            if (cmad < 1e-7 * sc)
            {
                break;
            }

            double c9 = 0.999 * cmad;
            double c1 = 0.001 * cmad;
            for (int k = 1; k <= n; k++)
            {
                double r = Math.Abs(res[k]);
                rw[k] = r <= c1 ? 1.0 : r <= c9 ? Square(1.0 - Square(r / cmad)) : 0.0;
            }
        }
    }

    /// <summary>Below this many weighted points in all local fits together, fit sequentially.</summary>
    private const long ParallelWork = 2_000_000;

    /// <summary>A local fit: its point, its window of neighbours, and the last tied x after it (which copy its value).</summary>
    private readonly record struct FitPoint(int Index, int Left, int Right, int TiesEnd);

    /// <summary>R's traversal of the sorted x: the points fitted exactly (others are within delta and interpolated).</summary>
    private static List<FitPoint> Plan(double[] x, int n, int ns, double delta)
    {
        var plan = new List<FitPoint>();
        int nleft = 1;
        int nright = ns;
        int i = 1;
        for (;;)
        {
            if (nright < n && x[i] - x[nleft] > x[nright + 1] - x[i])
            {
                nleft++;
                nright++;
                continue;
            }

            int last = i;
            double cut = x[last] + delta;
            int fitted = i;
            for (i = last + 1; i <= n; i++)
            {
                if (x[i] > cut)
                {
                    break;
                }

                if (x[i] == x[last])
                {
                    last = i;
                }
            }

            plan.Add(new FitPoint(fitted, nleft, nright, last));
            i = Math.Max(last + 1, i - 1);
            if (last >= n)
            {
                return plan;
            }
        }
    }

    private static bool Lowest(double[] x, double[] y, int n, double xs, out double ys, int nleft, int nright, double[] w, bool userw, double[] rw)
    {
        double range = x[n] - x[1];
        double h = Math.Max(xs - x[nleft], x[nright] - xs);
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double a = 0;
        int j = nleft;
        while (j <= n)
        {
            w[j] = 0;
            double r = Math.Abs(x[j] - xs);
            if (r <= h9)
            {
                w[j] = r <= h1 ? 1.0 : Cube(1.0 - Cube(r / h));
                if (userw)
                {
                    w[j] *= rw[j];
                }

                a += w[j];
            }
            else if (x[j] > xs)
            {
                break;
            }

            j++;
        }

        int nrt = j - 1;
        ys = 0;
        if (a <= 0)
        {
            return false;
        }

        for (j = nleft; j <= nrt; j++)
        {
            w[j] /= a;
        }

        if (h > 0)
        {
            a = 0;
            for (j = nleft; j <= nrt; j++)
            {
                a += w[j] * x[j];
            }

            double b = xs - a;
            double c = 0;
            for (j = nleft; j <= nrt; j++)
            {
                c += w[j] * (x[j] - a) * (x[j] - a);
            }

            if (Math.Sqrt(c) > 0.001 * range)
            {
                b /= c;
                for (j = nleft; j <= nrt; j++)
                {
                    w[j] *= b * (x[j] - a) + 1.0;
                }
            }
        }

        for (j = nleft; j <= nrt; j++)
        {
            ys += w[j] * y[j];
        }

        return true;
    }

    private static double Square(double v) => v * v;

    private static double Cube(double v) => v * v * v;
}
