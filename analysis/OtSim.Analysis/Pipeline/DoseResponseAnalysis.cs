using System.Globalization;
using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>One band of the dose in <c>analysis.json</c>.</summary>
/// <param name="Label">Range label, e.g. "600-900".</param>
/// <param name="Low">Smallest dose in the band.</param>
/// <param name="High">Largest dose in the band.</param>
/// <param name="MeanDose">Mean dose in the band (where the band is drawn).</param>
/// <param name="N">Rows in the band.</param>
/// <param name="Mean">Mean outcome.</param>
/// <param name="CiLow">Lower limit of the t interval (n - 1 df).</param>
/// <param name="CiHigh">Upper limit.</param>
public sealed record DoseBandEstimate(string Label, double Low, double High, double MeanDose, int N, double Mean, double CiLow, double CiHigh);

/// <summary>A point of the lowess curve.</summary>
/// <param name="X">Dose.</param>
/// <param name="Y">Smoothed outcome.</param>
public sealed record CurvePoint(double X, double Y);

/// <summary>Dose-response result.</summary>
/// <param name="Dose">Dose column.</param>
/// <param name="Outcome">Outcome column.</param>
/// <param name="Method">How bands were formed, in words.</param>
/// <param name="Bands">Bands in increasing dose.</param>
/// <param name="LowessSpan">Span f of R's <c>lowess(x, y, f)</c>.</param>
/// <param name="Lowess">The curve (at most 200 points, evenly thinned).</param>
public sealed record DoseResponseResult(string Dose, string Outcome, string Method, IReadOnlyList<DoseBandEstimate> Bands, double LowessSpan, IReadOnlyList<CurvePoint> Lowess);

/// <summary>Outcome across bands of the dose (quintiles, small bands merged) plus a lowess curve.</summary>
public static class DoseResponseAnalysis
{
    /// <summary>Bands with fewer rows than this are merged into a neighbour.</summary>
    public const int MinimumBandSize = 10;

    /// <summary>Runs the analysis on the whole data.</summary>
    public static DoseResponseResult Run(AnalysisData data, string dose, string outcome)
    {
        ArgumentNullException.ThrowIfNull(data);
        var x = data.Number(dose);
        var y = data.Number(outcome);
        var bands = Bands(x, MinimumBandSize);
        var estimates = new List<DoseBandEstimate>();
        foreach (var rows in bands)
        {
            var xs = rows.Select(i => x[i]).ToArray();
            var ys = rows.Select(i => y[i]).ToArray();
            var mean = ys.Length >= 2 ? Descriptive.MeanWithCi(ys) : new MeanEstimate(ys[0], double.NaN, double.NaN, double.NaN, double.NaN, 1);
            estimates.Add(new DoseBandEstimate(Label(xs.Min(), xs.Max()), xs.Min(), xs.Max(), xs.Average(), ys.Length, mean.Mean, mean.CiLow, mean.CiHigh));
        }

        const double span = 2.0 / 3.0;
        var smooth = Lowess.Smooth(x, y, span);
        int step = Math.Max(1, smooth.X.Count / 200);
        var curve = Enumerable.Range(0, smooth.X.Count)
            .Where(i => i % step == 0 || i == smooth.X.Count - 1)
            .Select(i => new CurvePoint(smooth.X[i], smooth.Y[i]))
            .ToList();
        return new DoseResponseResult(
            dose,
            outcome,
            $"Quintiles of {dose} (R quantile type 7), ties kept together; bands with fewer than {MinimumBandSize} rows merged into the smaller neighbour, and neighbouring bands whose mean doses are within 6% of the dose range merged. Mean {outcome} with a t 95% interval; curve: lowess(x, y, f = 2/3).",
            estimates,
            span,
            curve);
    }

    /// <summary>Row indices of each band, in increasing dose.</summary>
    public static List<List<int>> Bands(IReadOnlyList<double> x, int minimumSize)
    {
        ArgumentNullException.ThrowIfNull(x);
        var sorted = x.Order().ToArray();
        var cuts = Enumerable.Range(1, 4).Select(k => WeeklyPerformance.Quantile(sorted, k / 5.0)).Distinct().ToList();
        var bands = Enumerable.Range(0, cuts.Count + 1).Select(_ => new List<int>()).ToList();
        for (int i = 0; i < x.Count; i++)
        {
            int b = cuts.FindIndex(c => x[i] <= c);
            bands[b < 0 ? cuts.Count : b].Add(i);
        }

        bands.RemoveAll(b => b.Count == 0);
        while (bands.Count > 1 && bands.Any(b => b.Count < minimumSize))
        {
            int small = bands.FindIndex(b => b.Count < minimumSize);
            int neighbour = small == 0 ? 1
                : small == bands.Count - 1 ? small - 1
                : bands[small - 1].Count <= bands[small + 1].Count ? small - 1 : small + 1;
            int keep = Math.Min(small, neighbour);
            bands[keep].AddRange(bands[Math.Max(small, neighbour)]);
            bands.RemoveAt(Math.Max(small, neighbour));
        }

        // Bands whose centres nearly coincide (many tied doses) would draw on top of each other: merge them.
        double range = x.Count > 0 ? x.Max() - x.Min() : 0;
        for (int k = 0; k + 1 < bands.Count;)
        {
            if (bands[k + 1].Average(i => x[i]) - bands[k].Average(i => x[i]) < 0.06 * range)
            {
                bands[k].AddRange(bands[k + 1]);
                bands.RemoveAt(k + 1);
            }
            else
            {
                k++;
            }
        }

        return bands;
    }

    private static string Label(double low, double high) =>
        Math.Abs(high - low) < 1e-9 ? Round(low) : $"{Round(low)}-{Round(high)}";

    private static string Round(double v) =>
        Math.Abs(v) >= 100 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0.##", CultureInfo.InvariantCulture);
}
