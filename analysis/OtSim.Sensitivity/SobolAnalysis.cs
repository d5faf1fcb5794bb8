using OtSim.Model.Experiments;

namespace OtSim.Sensitivity;

/// <summary>
/// Sobol' indices from outputs on a Saltelli design (<see cref="SaltelliDesign"/> row order), with the estimators
/// SALib's <c>sobol.analyze</c> uses. The output is first centred and scaled by its overall mean and standard
/// deviation (as SALib does; it leaves the indices' meaning unchanged and steadies the estimators). With
/// V = Var([A; B]) (population variance of the A and B outputs together):
/// <list type="bullet">
/// <item>first order (Saltelli et al. 2010, Table 2 (b)): S1_j = mean(f(B)·(f(AB_j) − f(A))) / V;</item>
/// <item>total order (Jansen 1999): ST_j = mean((f(A) − f(AB_j))²) / (2V);</item>
/// <item>second order (Saltelli 2002): S2_jk = mean(f(BA_j)·f(AB_k) − f(A)·f(B)) / V − S1_j − S1_k.</item>
/// </list>
/// Intervals: <see cref="Bootstrap"/> over the N base samples (each resample keeps a base sample's rows together).
/// </summary>
public static class SobolAnalysis
{
    /// <summary>
    /// Indices of output <paramref name="y"/> (one value per design row, in design order) over the parameters
    /// <paramref name="names"/>; <paramref name="seed"/> fixes the bootstrap.
    /// </summary>
    public static SobolResult Analyze(IReadOnlyList<double> y, IReadOnlyList<string> names, bool secondOrder, ulong seed,
        int resamples = Bootstrap.DefaultResamples, double confidence = Bootstrap.DefaultConfidence)
    {
        int k = names.Count;
        int per = SaltelliDesign.RowsPerSample(k, secondOrder);
        if (k < 1 || y.Count == 0 || y.Count % per != 0)
        {
            throw new SensitivityException($"{y.Count} outputs do not fill a Saltelli design over {k} parameters ({per} rows per base sample{(secondOrder ? ", second order" : "")}).");
        }
        int n = y.Count / per;
        double mean = y.Average();
        double sd = Math.Sqrt(y.Sum(v => (v - mean) * (v - mean)) / y.Count);
        if (!(sd > 0) || double.IsNaN(sd))
        {
            throw new SensitivityException("the output has no variance (every row has the same value), so there is nothing to apportion among parameters.");
        }
        var layout = new Layout(y.Select(v => (v - mean) / sd).ToArray(), k, per, secondOrder);
        var all = Enumerable.Range(0, n).ToArray();
        var sets = Bootstrap.Indices(n, resamples, seed, 1);

        var parameters = new SobolIndex[k];
        for (int j = 0; j < k; j++)
        {
            double s1 = layout.FirstOrder(j, all);
            double st = layout.TotalOrder(j, all);
            double h1 = Bootstrap.HalfWidth(sets.Select(s => layout.FirstOrder(j, s)).ToArray(), confidence);
            double ht = Bootstrap.HalfWidth(sets.Select(s => layout.TotalOrder(j, s)).ToArray(), confidence);
            parameters[j] = new SobolIndex(names[j], s1, s1 - h1, s1 + h1, st, st - ht, st + ht);
        }

        List<SecondOrderIndex>? pairs = null;
        if (secondOrder)
        {
            pairs = [];
            for (int j = 0; j < k; j++)
            {
                for (int l = j + 1; l < k; l++)
                {
                    double s2 = layout.SecondOrder(j, l, all);
                    double h = Bootstrap.HalfWidth(sets.Select(s => layout.SecondOrder(j, l, s)).ToArray(), confidence);
                    pairs.Add(new SecondOrderIndex(names[j], names[l], s2, s2 - h, s2 + h));
                }
            }
        }
        return new SobolResult(n, parameters, pairs);
    }

    /// <summary>The normalised outputs with accessors for the A, B, AB_j and BA_j rows of base sample i.</summary>
    private sealed class Layout(double[] y, int k, int per, bool secondOrder)
    {
        private double A(int i) => y[i * per];
        private double B(int i) => y[(i * per) + per - 1];
        private double AB(int i, int j) => y[(i * per) + 1 + j];
        private double BA(int i, int j) => y[(i * per) + 1 + k + j];

        /// <summary>Population variance of the A and B outputs of the chosen base samples together.</summary>
        private double Variance(int[] set)
        {
            double sum = 0, sumSq = 0;
            foreach (int i in set)
            {
                double a = A(i), b = B(i);
                sum += a + b;
                sumSq += (a * a) + (b * b);
            }
            int m = 2 * set.Length;
            double mean = sum / m;
            return Math.Max((sumSq / m) - (mean * mean), double.Epsilon);
        }

        public double FirstOrder(int j, int[] set)
        {
            double s = 0;
            foreach (int i in set)
            {
                s += B(i) * (AB(i, j) - A(i));
            }
            return s / set.Length / Variance(set);
        }

        public double TotalOrder(int j, int[] set)
        {
            double s = 0;
            foreach (int i in set)
            {
                double d = A(i) - AB(i, j);
                s += d * d;
            }
            return 0.5 * s / set.Length / Variance(set);
        }

        public double SecondOrder(int j, int l, int[] set)
        {
            if (!secondOrder)
            {
                throw new InvalidOperationException("The design has no second-order rows.");
            }
            double s = 0;
            foreach (int i in set)
            {
                s += (BA(i, j) * AB(i, l)) - (A(i) * B(i));
            }
            return (s / set.Length / Variance(set)) - FirstOrder(j, set) - FirstOrder(l, set);
        }
    }
}
