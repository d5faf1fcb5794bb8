using System.Globalization;
using OtSim.Sensitivity;

namespace OtSim.Analysis.Sensitivity;

/// <summary>Sentences for readers, built only from the computed numbers.</summary>
public static class SensitivityWords
{
    /// <summary>Plain names of the outcome columns.</summary>
    public static string Describe(string outcome) => outcome switch
    {
        "slope_per_10h" => "how strongly delivered minutes predict progress (slope per 10 hours)",
        "effect_per_10h" => "the counterfactual effect of minutes (per 10 hours)",
        "mean_progress" => "mean progress",
        "goals_met_percent" => "the share of students meeting their goal",
        "compliance" => "compliance (minutes delivered / prescribed)",
        "cost_per_goal_met" => "cost per goal met",
        _ => outcome,
    };

    /// <summary>
    /// The summary sentence: what the key outcome (the slope of progress on minutes under the first policy, or mean
    /// progress when the slope is not available) depends on most, with intervals and the noise share.
    /// </summary>
    public static string Summary(SensitivityReport report, string firstPolicy)
    {
        var key = report.Outcomes.FirstOrDefault(o => o.Outcome == "slope_per_10h" && o.Policy == firstPolicy && o.Skipped is null)
            ?? report.Outcomes.FirstOrDefault(o => o.Skipped is null);
        if (key is null)
        {
            return $"The {report.Method} design's outcomes could not be apportioned among the assumptions (see the section \"Which assumptions decide the answer\").";
        }
        string lead = $"Measured over the {report.DesignPoints:N0} design points of this {(report.Method == "sobol" ? "Sobol'" : "Morris")} design, {Describe(key.Outcome)} under {key.Policy} depends most on ";
        string noise = key.NoiseShare is { } n ? $" Noise between replications is {n.ToString("0%", CultureInfo.InvariantCulture)} of its variance across design points." : "";
        if (key.Sobol is { } sobol)
        {
            var top = sobol.Parameters.OrderByDescending(p => p.ST).Take(3).ToList();
            return lead + Join(top.Select(p => $"{p.Name} (total-order index {F(p.ST)}, 95% CI {F(p.STCiLow)} to {F(p.STCiHigh)})")) + "." + noise;
        }
        var morris = key.Morris!.Parameters.OrderByDescending(p => p.MuStar).Take(3).ToList();
        return lead + Join(morris.Select(p => $"{p.Name} (μ* {F(p.MuStar)}, 95% CI {F(p.MuStarCiLow)} to {F(p.MuStarCiHigh)})")) + "." + noise;
    }

    /// <summary>"&lt;what&gt; when a &gt; x and b &lt; y: 84% of such worlds, covering 71% of all worlds where it holds."</summary>
    public static string Box(string what, PrimResult result, IReadOnlyList<double[]> x, IReadOnlyList<string> names)
    {
        var box = result.Boxes[0];
        if (box.Restrictions.Count == 0)
        {
            return $"No restriction of the assumptions singles out where {what}: it holds in {P(box.Density)} of all worlds.";
        }
        var parts = box.Restrictions.Select(r =>
        {
            int j = names.ToList().IndexOf(r.Input);
            double lo = x.Min(v => v[j]), hi = x.Max(v => v[j]);
            bool low = r.Min > lo, high = r.Max < hi;
            string text = low && high ? $"{r.Input} is between {G(r.Min)} and {G(r.Max)}" : low ? $"{r.Input} > {G(r.Min)}" : $"{r.Input} < {G(r.Max)}";
            return r.QuasiP > 0.05 ? $"{text} (quasi-p {r.QuasiP.ToString("0.##", CultureInfo.InvariantCulture)}, possibly noise)" : text;
        });
        string reach = box.MeetsThreshold ? "" : " (the densest box PRIM found; it stays below the 80% density threshold)";
        return $"{Capital(what)} when {Join(parts)}: {P(box.Density)} of such worlds, covering {P(box.Coverage)} of all worlds where that holds{reach}.";
    }

    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string G(double v) => v.ToString("G3", CultureInfo.InvariantCulture);

    private static string P(double v) => v.ToString("0%", CultureInfo.InvariantCulture);
}
