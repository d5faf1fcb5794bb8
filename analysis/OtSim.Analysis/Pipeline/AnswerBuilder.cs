using System.Globalization;
using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Decides the answer: from the counterfactual contrast when the run has one, else from the district-data model,
/// with "clear" only after Holm's adjustment over the family of tests the summary reports and "negligible" judged
/// against a smallest effect worth noticing on the contrast actually made.
/// </summary>
/// <remarks>
/// Smallest effect worth noticing: a tenth of the goal's expected yearly gain (<c>goalGainPoints</c> / 10 points of
/// progress), judged on the difference the contrast makes: for a counterfactual contrast, the mean extra progress of
/// the same students; for a slope, the slope times the spread of minutes in the data (10th to 90th percentile). A result
/// is negligible when its whole 95% interval lies inside ± that amount, whatever its p-value; it is clear when its
/// Holm-adjusted p is under 0.05 and it is not negligible; otherwise it is unclear (which is not "no effect").
/// For external data the amount is 0.2 standard deviations of the outcome.
/// </remarks>
public static class AnswerBuilder
{
    /// <summary>Family-wise level for "clear".</summary>
    public const double Alpha = 0.05;

    /// <summary>The answer and the Holm-adjusted p of every reported test by label.</summary>
    /// <param name="Answer">The answer.</param>
    /// <param name="Holm">Adjusted p by test label (see <see cref="Label"/>).</param>
    public sealed record Decision(Answer Answer, IReadOnlyDictionary<string, double> Holm)
    {
        /// <summary>True when the test with this label is clear after the adjustment.</summary>
        public bool IsClear(string label) => Holm.TryGetValue(label, out var p) && p < Alpha;
    }

    /// <summary>Test labels used in the family.</summary>
    public static class Label
    {
        /// <summary>A counterfactual contrast.</summary>
        public static string Contrast(PolicyContrast c) => $"counterfactual: {c?.Policy} vs {c?.Versus}";

        /// <summary>A per-policy district-data slope.</summary>
        public static string District(string policy) => $"district data: minutes within {policy}";

        /// <summary>A policy difference from the baseline.</summary>
        public static string Policy(string policy) => $"policy difference: {policy}";

        /// <summary>The naive pooled slope.</summary>
        public const string Naive = "naive pooled slope";

        /// <summary>The adjusted slope of the simulation-only models.</summary>
        public const string Adjusted = "adjusted slope";

        /// <summary>The minutes x collaboration interaction.</summary>
        public const string Interaction = "interaction";
    }

    /// <summary>Builds the decision; sets each contrast's Holm p and verdict.</summary>
    public static Decision Build(
        AnalysisInput input, Findings findings, CounterfactualResult counterfactual, DistrictModels.Result? district, GroupComparisonResult? groups)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(counterfactual);
        var family = new List<(string Label, double P)>();
        foreach (var c in counterfactual.Contrasts)
        {
            family.Add((Label.Contrast(c), (c.EffectPer10Hours ?? c.ProgressDifference).PValue));
        }

        foreach (var (policy, model) in district?.Slopes ?? new Dictionary<string, ModelEstimate>())
        {
            if (model.Term(input.Spec.Dose) is { } slope)
            {
                family.Add((Label.District(policy), slope.PValue));
            }
        }

        foreach (var g in groups?.Groups.Where(g => g.Difference is not null) ?? [])
        {
            family.Add((Label.Policy(g.Name), g.Difference!.PValue));
        }

        family.Add((Label.Naive, findings.Naive.PValue));
        if (findings.Adjusted is { } a)
        {
            family.Add((Label.Adjusted, a.PValue));
        }

        if (findings.Interaction is { } inter)
        {
            family.Add((Label.Interaction, inter.PValue));
        }

        var adjusted = Holm.Adjust(family.Select(f => f.P).ToArray());
        var holm = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < family.Count; i++)
        {
            holm[family[i].Label] = adjusted[i];
        }

        var tests = family.Select((f, i) => new FamilyTest(f.Label, f.P, adjusted[i])).ToList();
        double delta = SmallestEffect(input, out string rule);
        foreach (var c in counterfactual.Contrasts)
        {
            c.PHolm = holm[Label.Contrast(c)];
            c.Verdict = Classify(c.ProgressDifference.CiLow, c.ProgressDifference.CiHigh, c.ProgressDifference.Estimate, c.PHolm.Value, delta);
        }

        var context = new AnswerText.Context(input, findings, groups, delta, rule, tests);
        var answer = counterfactual.Available
            ? AnswerText.FromContrasts(context, counterfactual.Contrasts)
            : district is not null && district.Slopes.Count > 0
                ? AnswerText.FromDistrict(context, district, holm, counterfactual.Explanation)
                : AnswerText.FromAssociation(context, holm);
        return new Decision(answer, holm);
    }

    /// <summary>more / less / negligible / unclear, from an interval of the difference made and a Holm p.</summary>
    public static string Classify(double low, double high, double estimate, double pHolm, double delta)
    {
        if (low > -delta && high < delta)
        {
            return "negligible";
        }

        return pHolm < Alpha ? (estimate > 0 ? "more" : "less") : "unclear";
    }

    /// <summary>The smallest difference in progress worth noticing, and its rule in words.</summary>
    public static double SmallestEffect(AnalysisInput input, out string rule)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Spec.IsOtSim)
        {
            double goal = input.Scenario?.Parameters.TryGetValue("goalGainPoints", out var g) == true ? g : 7;
            double delta = goal / 10;
            rule = string.Create(CultureInfo.InvariantCulture,
                $"A tenth of the goal's expected yearly gain ({goal:0.##} points): {delta:0.###} points of progress. A difference whose whole 95% interval lies within ±{delta:0.###} points is negligible; for a slope, the difference it implies across the 10th-90th percentile range of minutes.");
            return delta;
        }

        var y = input.Data.Number(input.Spec.Outcome);
        double sd = Descriptive.MeanWithCi(y).StdDev;
        rule = string.Create(CultureInfo.InvariantCulture,
            $"0.2 standard deviations of {input.Spec.Outcome} ({0.2 * sd:G4}); for a slope, the difference it implies across the 10th-90th percentile range of {input.Spec.Dose}.");
        return 0.2 * sd;
    }

    /// <summary>10th to 90th percentile range of a column (R quantile type 7).</summary>
    public static double Spread(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        return Quantile(sorted, 0.9) - Quantile(sorted, 0.1);
    }

    private static double Quantile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(sorted.Length - 1, lo + 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
