namespace OtSim.Sensitivity;

/// <summary>
/// Morris elementary effects from outputs on a trajectory design (<c>MorrisDesign</c> row order: r trajectories of
/// k + 1 rows), as SALib's <c>morris.analyze</c> computes them. Between consecutive rows of a trajectory exactly one
/// parameter moves, by ±Δ on the unit scale; its elementary effect is (y_after − y_before) / (x_after − x_before),
/// so a step down counts with the sign of a step up. μ is the mean effect, μ* the mean absolute effect, σ the
/// standard deviation (n − 1) of the effects; the μ* interval is <see cref="Bootstrap"/> over the r effects.
/// </summary>
public static class MorrisAnalysis
{
    /// <summary>
    /// Measures of <paramref name="y"/> on the design <paramref name="unitRows"/> (inputs scaled to [0, 1]).
    /// </summary>
    public static MorrisResult Analyze(IReadOnlyList<double[]> unitRows, IReadOnlyList<double> y, IReadOnlyList<string> names, ulong seed,
        int resamples = Bootstrap.DefaultResamples, double confidence = Bootstrap.DefaultConfidence)
    {
        int k = names.Count;
        int per = k + 1;
        if (k < 1 || unitRows.Count != y.Count || y.Count == 0 || y.Count % per != 0)
        {
            throw new SensitivityException($"{y.Count} outputs do not fill Morris trajectories of {per} rows over {k} parameters.");
        }
        int r = y.Count / per;
        var effects = new double[k][];
        for (int j = 0; j < k; j++)
        {
            effects[j] = new double[r];
        }
        var seen = new bool[k];
        for (int t = 0; t < r; t++)
        {
            Array.Clear(seen);
            for (int m = 1; m < per; m++)
            {
                int row = (t * per) + m;
                int moved = MovedParameter(unitRows[row - 1], unitRows[row]);
                if (moved < 0 || seen[moved])
                {
                    throw new SensitivityException($"design rows {row - 1} and {row} (0-based) are not one Morris step: exactly one parameter must change, each once per trajectory.");
                }
                seen[moved] = true;
                effects[moved][t] = (y[row] - y[row - 1]) / (unitRows[row][moved] - unitRows[row - 1][moved]);
            }
        }
        var sets = Bootstrap.Indices(r, resamples, seed, 2);
        var result = new MorrisIndex[k];
        for (int j = 0; j < k; j++)
        {
            var ee = effects[j];
            double mu = ee.Average();
            double muStar = ee.Average(Math.Abs);
            double sigma = r > 1 ? Math.Sqrt(ee.Sum(e => (e - mu) * (e - mu)) / (r - 1)) : 0;
            double h = Bootstrap.HalfWidth(sets.Select(s => s.Average(i => Math.Abs(ee[i]))).ToArray(), confidence);
            result[j] = new MorrisIndex(names[j], mu, muStar, muStar - h, muStar + h, sigma);
        }
        return new MorrisResult(r, result);
    }

    private static int MovedParameter(double[] before, double[] after)
    {
        int moved = -1;
        for (int j = 0; j < before.Length; j++)
        {
            if (Math.Abs(after[j] - before[j]) > 1e-9)
            {
                if (moved >= 0)
                {
                    return -1;
                }
                moved = j;
            }
        }
        return moved;
    }
}
