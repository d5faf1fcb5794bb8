using System.Globalization;

namespace OtSim.Analysis.Pipeline;

/// <summary>Words for the answer: headline, first paragraph and why a naive comparison misleads.</summary>
public static class AnswerText
{
    /// <summary>What every answer needs.</summary>
    /// <param name="Input">The data.</param>
    /// <param name="Findings">Naive and adjusted slopes.</param>
    /// <param name="Groups">Policy comparison, or null.</param>
    /// <param name="Delta">Smallest effect worth noticing (points).</param>
    /// <param name="Rule">Its rule in words.</param>
    /// <param name="Tests">The Holm family.</param>
    public sealed record Context(AnalysisInput Input, Findings Findings, GroupComparisonResult? Groups, double Delta, string Rule, IReadOnlyList<FamilyTest> Tests);

    /// <summary>The answer from counterfactual contrasts (question 1).</summary>
    public static Answer FromContrasts(Context context, IReadOnlyList<PolicyContrast> contrasts)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(contrasts);
        var dose = contrasts.Where(c => c.SameServiceType && c.EffectPer10Hours is not null).ToList();
        var cautions = Cautions(context, contrasts);
        if (dose.Count > 0)
        {
            // Per kind of service, the contrast with the most extra minutes.
            var chosen = dose.GroupBy(c => string.Join("+", c.ServiceTypes))
                .Select(g => g.OrderByDescending(c => c.MinutesDifference["total"]).First())
                .OrderByDescending(c => c.MinutesDifference["total"]).ToList();
            var lead = chosen[0];
            string verdict = chosen.Select(c => c.Verdict).Distinct().Count() == 1 ? lead.Verdict! : "mixed";
            string headline = chosen.Count == 1
                ? ContrastSentence(lead, context.Delta)
                : "For the same students, more minutes of the same kind of service: " + string.Join("; ", chosen.Select(c => $"{Kind(c)}: {Short(c)}")) + ".";
            string paragraph =
                $"What do minutes do in this simulated world? The simulation ran every policy on the same students, so it can compare each child with themselves. " +
                string.Join(" ", chosen.Select(c => Detail(c, context.Delta))) + " " +
                HolmSentence(context) + " " + string.Join(" ", cautions);
            return Make(context, "counterfactual", verdict, Title(verdict, chosen.Count > 1), headline, paragraph, $"{lead.Policy} vs {lead.Versus}",
                string.Join("+", lead.ServiceTypes), lead.EffectPer10Hours, lead.PHolm, cautions);
        }

        var widest = contrasts.OrderByDescending(c => Math.Abs(c.MinutesDifference["total"])).First();
        string h = $"This run cannot say what more minutes alone do, because its policies differ in the kind of service too. For the same students, {widest.Policy} gave {MoreHours(widest.MinutesDifference["total"])} each than {widest.Versus} and led to {Phrase(widest.Verdict!)}: {Signed(widest.ProgressDifference.Estimate)} points (95% CI {Signed(widest.ProgressDifference.CiLow)} to {Signed(widest.ProgressDifference.CiHigh)}).";
        string p = "What do minutes do in this simulated world? The simulation ran every policy on the same students, so it can compare each child with themselves. " +
                   string.Join(" ", contrasts.Select(c => Detail(c, context.Delta))) +
                   " Every pair of policies here delivers different kinds of minutes, so the run cannot separate what minutes do from what the service model does: add a policy with other minutes of the same kind (e.g. the same service at twice the minutes). " +
                   HolmSentence(context) + " " + string.Join(" ", cautions);
        string title = widest.Verdict switch
        {
            "more" => $"More hours, more progress here, but minutes and service model are tangled ({widest.Policy} vs {widest.Versus})",
            "less" => $"More hours, less progress here, but minutes and service model are tangled ({widest.Policy} vs {widest.Versus})",
            "negligible" => $"More hours made a negligible difference ({widest.Policy} vs {widest.Versus})",
            _ => $"No clear difference between {widest.Policy} and {widest.Versus}",
        };
        return Make(context, "counterfactual", widest.Verdict!, title, h, p, $"{widest.Policy} vs {widest.Versus}", null, null, widest.PHolm, cautions);
    }

    /// <summary>The answer from the district-data models (question 2), when the run has no contrast.</summary>
    public static Answer FromDistrict(Context context, DistrictModels.Result district, IReadOnlyDictionary<string, double> holm, string noContrast)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(holm);
        var spec = context.Input.Spec;
        var (policy, model) = district.Slopes.First();
        var slope = model.Term(spec.Dose)!;
        var rows = context.Input.Data.WhereLabel(spec.Group!, policy);
        double spread = AnswerBuilder.Spread(rows.Number(spec.Dose));
        double pHolm = holm[AnswerBuilder.Label.District(policy)];
        string verdict = AnswerBuilder.Classify(slope.CiLow * spread, slope.CiHigh * spread, slope.Estimate, pHolm, context.Delta);
        var effect = new ContrastEstimate(slope.Estimate * 600, slope.StdError * 600, slope.CiLow * 600, slope.CiHigh * 600, slope.PValue, slope.Df ?? double.PositiveInfinity);
        string words = $"{Signed(effect.Estimate)} points per 10 more hours (95% CI {Signed(effect.CiLow)} to {Signed(effect.CiHigh)})";
        string headline = verdict switch
        {
            "more" => $"In records like a district's, students under {policy} who received more minutes made more progress: {words}, after allowing for severity band, baseline, attendance and collaboration.",
            "less" => $"In records like a district's, students under {policy} who received more minutes made less progress: {words}, after allowing for severity band, baseline, attendance and collaboration.",
            "negligible" => $"In records like a district's, minutes under {policy} went with a negligible difference in progress: {words}.",
            _ => $"In records like a district's, no clear relationship between minutes and progress under {policy}: {words}; the interval includes zero, which is not evidence of no effect.",
        };
        var cautions = Cautions(context, []);
        string paragraph = $"What would a district's own data show? {headline} This is an association in observed records, adjusted only for what a district records; it is not proof that minutes caused it. {noContrast} " +
                           HolmSentence(context) + " " + string.Join(" ", cautions);
        return Make(context, "district_data", verdict, Title(verdict, false), headline, paragraph, model.Name, null, effect, pHolm, cautions);
    }

    /// <summary>The answer for external data: the adjusted (else naive) association.</summary>
    public static Answer FromAssociation(Context context, IReadOnlyDictionary<string, double> holm)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(holm);
        var f = context.Findings;
        var e = f.Adjusted ?? f.Naive;
        string label = f.Adjusted is null ? AnswerBuilder.Label.Naive : AnswerBuilder.Label.Adjusted;
        double pHolm = holm[label];
        double spread = AnswerBuilder.Spread(context.Input.Data.Number(context.Input.Spec.Dose)) / f.DoseStep;
        string verdict = AnswerBuilder.Classify(e.CiLow * spread, e.CiHigh * spread, e.Estimate, pHolm, context.Delta);
        string dose = context.Input.Spec.Dose, outcome = context.Input.Spec.Outcome;
        string words = $"{Signed(e.Estimate)} per {f.DoseStepLabel} (95% CI {Signed(e.CiLow)} to {Signed(e.CiHigh)})";
        string headline = verdict switch
        {
            "more" => $"Rows with more {dose} had higher {outcome}: {words}.",
            "less" => $"Rows with more {dose} had lower {outcome}: {words}.",
            "negligible" => $"{dose} went with a negligible difference in {outcome}: {words}.",
            _ => $"No clear relationship between {dose} and {outcome}: {words}; the interval includes zero, which is not evidence of no effect.",
        };
        string paragraph = $"{headline} {(f.Adjusted is null ? "This is a naive association, not adjusted for anything." : "This is an association adjusted for the covariates given, not proof of cause.")} {HolmSentence(context)}";
        var est = new ContrastEstimate(e.Estimate, double.NaN, e.CiLow, e.CiHigh, e.PValue, double.NaN);
        return Make(context, "association", verdict, Title(verdict, false), headline, paragraph, e.Model, null, est, pHolm, []);
    }

    private static Answer Make(
        Context context, string source, string verdict, string title, string headline, string paragraph, string? basis, string? type,
        ContrastEstimate? effect, double? pHolm, IReadOnlyList<string> cautions) =>
        new(source, verdict, title, headline, paragraph.Trim(), basis, type, effect?.Estimate, effect?.CiLow, effect?.CiHigh, effect?.PValue, pHolm,
            context.Delta, context.Rule, context.Findings.Naive.Estimate, cautions, context.Tests);

    private static string Title(string verdict, bool several) => verdict switch
    {
        "more" => "More minutes, more progress",
        "less" => "More minutes, less progress",
        "negligible" => "Extra minutes made a negligible difference",
        "mixed" => several ? "It depends on the kind of service" : "No clear answer",
        _ => "No clear answer from this run",
    };

    private static string ContrastSentence(PolicyContrast c, double delta)
    {
        var e = c.EffectPer10Hours!;
        string per10 = $"{Signed(e.Estimate)} points per 10 extra hours (95% CI {Signed(e.CiLow)} to {Signed(e.CiHigh)})";
        return c.Verdict switch
        {
            "more" => $"More minutes helped: the same students made more progress with more {Kind(c)} minutes, {per10} ({c.Policy} vs {c.Versus}).",
            "less" => $"More minutes did harm here: the same students made less progress with more {Kind(c)} minutes, {per10} ({c.Policy} vs {c.Versus}).",
            "negligible" => $"Extra {Kind(c)} minutes made a negligible difference: {MoreHours(c.MinutesDifference["total"])} changed the same students' progress by {Signed(c.ProgressDifference.Estimate)} points (95% CI {Signed(c.ProgressDifference.CiLow)} to {Signed(c.ProgressDifference.CiHigh)}), within ±{F(delta)} points ({c.Policy} vs {c.Versus}).",
            _ => $"No clear answer on minutes: with {MoreHours(c.MinutesDifference["total"])} of {Kind(c)} service the same students' progress changed by {per10} ({c.Policy} vs {c.Versus}); the interval includes zero, which is not evidence of no effect.",
        };
    }

    private static string Short(PolicyContrast c) =>
        $"{Phrase(c.Verdict!)} ({Signed(c.EffectPer10Hours!.Estimate)} points per 10 extra hours, 95% CI {Signed(c.EffectPer10Hours.CiLow)} to {Signed(c.EffectPer10Hours.CiHigh)}, {c.Policy} vs {c.Versus})";

    private static string Detail(PolicyContrast c, double delta)
    {
        string effect = c.EffectPer10Hours is { } e
            ? $", {Signed(e.Estimate)} points per 10 extra hours (95% CI {Signed(e.CiLow)} to {Signed(e.CiHigh)})"
            : string.Empty;
        string kind = c.SameServiceType ? $"same kind of service ({Kind(c)})" : $"{Kind(c)} against {string.Join("+", c.VersusServiceTypes.DefaultIfEmpty("none"))}";
        return $"{c.Policy} vs {c.Versus} ({kind}, {MoreHours(c.MinutesDifference["total"])} per student): progress {Signed(c.ProgressDifference.Estimate)} points (95% CI {Signed(c.ProgressDifference.CiLow)} to {Signed(c.ProgressDifference.CiHigh)}){effect}, {Verdict(c.Verdict!, delta)}.";
    }

    private static string Verdict(string verdict, double delta) => verdict switch
    {
        "more" => "clearly more progress",
        "less" => "clearly less progress",
        "negligible" => $"negligible (within ±{F(delta)} points)",
        _ => "not clear",
    };

    private static string Phrase(string verdict) => verdict switch
    {
        "more" => "clearly more progress",
        "less" => "clearly less progress",
        "negligible" => "a negligible difference",
        _ => "no clear difference",
    };

    private static string HolmSentence(Context context) =>
        $"\"Clear\" means clear after allowing for the {context.Tests.Count} tests this summary reports (Holm); \"negligible\" means the whole interval lies within ±{F(context.Delta)} points, a tenth of the yearly goal.";

    /// <summary>Why a naive comparison would mislead here.</summary>
    public static IReadOnlyList<string> Cautions(Context context, IReadOnlyList<PolicyContrast> contrasts)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        var spec = input.Spec;
        var result = new List<string>();
        var naive = context.Findings.Naive;
        string naiveWords = $"the naive slope over all students pooled is {Signed(naive.Estimate)} points per 10 hours (95% CI {Signed(naive.CiLow)} to {Signed(naive.CiHigh)})";
        if (input.Data.Text.TryGetValue("severity_band", out var bands))
        {
            var dose = input.Data.Number(spec.Dose);
            var y = input.Data.Number(spec.Outcome);
            var byBand = Enumerable.Range(0, input.Data.RowCount).GroupBy(i => bands[i])
                .ToDictionary(g => g.Key, g => (Hours: g.Average(i => dose[i]) / 60, Progress: g.Average(i => y[i])), StringComparer.Ordinal);
            if (byBand.TryGetValue("mild", out var mild) && byBand.TryGetValue("severe", out var severe)
                && severe.Hours > mild.Hours * 1.1 && severe.Progress < mild.Progress)
            {
                result.Add($"A naive comparison misleads: students with greater needs got more minutes (severe {F(severe.Hours)} hours a year on average, mild {F(mild.Hours)}) and progress more slowly ({F(severe.Progress)} vs {F(mild.Progress)} points), so {naiveWords}.");
            }
        }

        if (context.Groups is { Groups.Count: > 1 } groups)
        {
            var list = groups.Groups.Where(g => g.TherapistHours is > 0).ToList();
            foreach (var cheap in list)
            {
                var dear = list.Where(d => d != cheap && cheap.TherapistHours <= 0.6 * d.TherapistHours && cheap.MeanOutcome >= d.MeanOutcome - context.Delta)
                    .OrderByDescending(d => d.TherapistHours).FirstOrDefault();
                if (dear is not null)
                {
                    string same = cheap.MeanOutcome > dear.MeanOutcome + context.Delta ? "more" : "about the same";
                    result.Add($"{cheap.Name} reached {same} progress as {dear.Name} ({F(cheap.MeanOutcome)} vs {F(dear.MeanOutcome)} points) with {F(100 * cheap.TherapistHours!.Value / dear.TherapistHours!.Value)}% of the therapist hours, so pooling service models reads a difference between models as an effect of minutes.");
                    break;
                }
            }
        }

        if (result.Count == 0 && contrasts.Count > 0)
        {
            result.Add($"For comparison, {naiveWords}; it mixes students with different needs and different service models, so it is not the answer.");
        }

        return result;
    }

    private static string Kind(PolicyContrast c) => c.ServiceTypes.Count == 0 ? "OT" : string.Join("+", c.ServiceTypes);

    private static string Hours(double minutes) => (minutes / 60).ToString("0.#", CultureInfo.InvariantCulture);

    private static string MoreHours(double minutes) => Hours(minutes) is var h && h == "1" ? "1 more hour" : $"{h} more hours";

    private static string Signed(double v) => v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
