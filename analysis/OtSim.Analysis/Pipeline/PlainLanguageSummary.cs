using System.Globalization;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Writes the summary for readers who are not statisticians: everyday units, intervals in words, and never more
/// than the statistics show (an interval that includes 0 is "no clear evidence", never "no effect").
/// </summary>
public static class PlainLanguageSummary
{
    /// <summary>Builds the headline and 3-6 paragraphs: the answer first, then the other views of the data.</summary>
    public static SummaryText Write(AnalysisInput input, Findings findings, GroupComparisonResult? groups, StaffingResult? staffing, AnswerBuilder.Decision decision)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(decision);
        var spec = input.Spec;
        bool otsim = spec.IsOtSim;
        string outcome = otsim ? "progress" : spec.Outcome;
        string units = otsim ? "points" : "units";
        string who = otsim ? "students" : "rows";
        var paragraphs = new List<string> { decision.Answer.Explanation };
        var naive = findings.Naive;

        string source = otsim
            ? $"This is a simulation of {F0(input.Data.RowCount / (double)Math.Max(1, Replications(input) * (groups?.Groups.Count ?? 1)))} students, each followed for a school year under every one of {Plural(groups?.Groups.Count ?? 1, "service policy", "service policies")} in each of {Plural(Replications(input), "run")}, not data on real children."
            : $"This analysis covers {F0(input.Data.RowCount)} rows of {input.SourceName}.";
        string other = $"{source} The naive view, all {who} pooled with no adjustment: for every {findings.DoseStepLabel}, {outcome} was {Effect(naive, units)}" +
                       (decision.IsClear(AnswerBuilder.Label.Naive) ? string.Empty : " (no clear evidence of a relationship)") +
                       (otsim ? "; it mixes students with different needs and different service models, so it is shown for comparison only." : ".");
        if (findings.Adjusted is { } adjusted)
        {
            var named = spec.Covariates.Select(c => Friendly(c, otsim)).ToList();
            string adjustedFor = named.Count <= 1 ? string.Join(string.Empty, named) : string.Join(", ", named.Take(named.Count - 1)) + " and " + named[^1];
            bool clear = decision.IsClear(AnswerBuilder.Label.Adjusted);
            other += $" Adjusted for {(adjustedFor.Length > 0 ? adjustedFor : "their group")}{(otsim ? " (the model's own severity score, which a district would not have)" : string.Empty)}" +
                     (spec.Cluster is null ? string.Empty : $" and allowing for {who} in the same {Friendly(spec.Cluster, otsim)} being alike") +
                     $", {outcome} was {Effect(adjusted, units)}{(clear ? "." : ", not clear after allowing for the number of tests.")}";
            if (findings.Interaction is { } inter && spec.Moderator is not null)
            {
                other += decision.IsClear(AnswerBuilder.Label.Interaction)
                    ? $" The payoff of extra minutes was clearly {(inter.Estimate > 0 ? "larger" : "smaller")} where {Friendly(spec.Moderator, otsim)} was higher ({Signed(inter.Estimate)} {units} per step and unit, after allowing for the number of tests)."
                    : $" Whether minutes paid off more where {Friendly(spec.Moderator, otsim)} was higher is unclear after allowing for the number of tests.";
            }
        }

        paragraphs.Add(other);
        if (decision.Answer.Source == "counterfactual" && DistrictParagraph(input, decision) is { } district)
        {
            paragraphs.Add(district);
        }

        if (groups is { Groups.Count: > 1 })
        {
            paragraphs.Add(CompareGroups(groups, otsim, units, decision));
        }

        if (staffing is { Policies.Count: > 0 } && paragraphs.Count < 5)
        {
            var s = staffing.Policies;
            int over = s.Max(p => p.OverCapacityTherapists);
            paragraphs.Add(
                $"Staffing: therapists carried about {F0(s.Average(p => p.StudentsPerFte))} students per full-time therapist and used " +
                $"{Pct(s.Min(p => p.MeanCapacityUsed))} to {Pct(s.Max(p => p.MeanCapacityUsed))} of their service time, depending on the policy; " +
                $"{Pct(s.Min(p => p.Compliance))} to {Pct(s.Max(p => p.Compliance))} of prescribed minutes were delivered. " +
                (over > 0 ? $"Under at least one policy, {over} therapist(s) had more minutes prescribed than they could deliver." : "No therapist had more minutes prescribed than time to deliver them."));
        }

        paragraphs.Add(Assumptions(input));
        return new SummaryText(decision.Answer.Headline, paragraphs);
    }

    private static string? DistrictParagraph(AnalysisInput input, AnswerBuilder.Decision decision)
    {
        var tests = decision.Answer.Tests.Where(t => t.Label.StartsWith("district data: ", StringComparison.Ordinal)).ToList();
        if (tests.Count == 0)
        {
            return null;
        }

        return "What would a district's own data show? Within each service model, adjusting only for what a district records (severity band, baseline, attendance, collaboration): " +
               string.Join("; ", tests.Select(t => $"{t.Label["district data: minutes within ".Length..]} {(t.PHolm < AnswerBuilder.Alpha ? "clear" : "not clear")} (Holm p = {t.PHolm.ToString("0.###", CultureInfo.InvariantCulture)})")) +
               $". These are associations among students the policy gave different minutes (mostly through absence and need), not the counterfactual above; the slopes are in the report's district_ models.";
    }

    private static string CompareGroups(GroupComparisonResult groups, bool otsim, string units, AnswerBuilder.Decision decision)
    {
        var baseline = groups.Groups[0];
        var parts = new List<string>();
        foreach (var g in groups.Groups.Skip(1))
        {
            var d = g.Difference!;
            bool clear = decision.IsClear(AnswerBuilder.Label.Policy(g.Name));
            bool small = g.HedgesG is { } h && Math.Abs(h.Estimate) < 0.2;
            string direction = d.Estimate > 0 ? "more" : "less";
            double delta = decision.Answer.SmallestEffectPoints;
            bool negligible = otsim && d.CiLow > -delta && d.CiHigh < delta;
            parts.Add(negligible
                ? $"{g.Name} {F1(g.MeanOutcome)} (a negligible difference: {Signed(d.Estimate)} {units}, 95% CI {Signed(d.CiLow)} to {Signed(d.CiHigh)}, within ±{F2(delta)})"
                : clear
                ? $"{g.Name} {F1(g.MeanOutcome)} ({(small ? $"clearly but only slightly {direction}" : $"clearly {direction}")}: {Signed(d.Estimate)} {units}, 95% CI {Signed(d.CiLow)} to {Signed(d.CiHigh)})"
                : $"{g.Name} {F1(g.MeanOutcome)} (difference {Signed(d.Estimate)} {units}, not clear after allowing for the number of tests: 95% CI {Signed(d.CiLow)} to {Signed(d.CiHigh)})");
        }

        string text = $"Comparing {(otsim ? "policies" : "groups")} with {baseline.Name} (mean {(otsim ? "progress" : "outcome")} {F1(baseline.MeanOutcome)} {units}): {string.Join("; ", parts)}.";
        if (otsim && baseline.GoalsMetPercent is not null)
        {
            text += " Goals met: " + string.Join(", ", groups.Groups.Select(g => $"{g.Name} {F0(g.GoalsMetPercent!.Value)}%")) + ".";
        }

        if (groups.Groups.All(g => g.ProgressPerTherapistHour is not null))
        {
            text += " Progress per therapist hour (points summed over students): " + string.Join(", ", groups.Groups.Select(g => $"{g.Name} {Rate(g.ProgressPerTherapistHour!)}")) + ".";
        }

        if (groups.Groups.All(g => g.CostPerGoalMet is not null))
        {
            text += " Therapist cost per goal met: " + string.Join(", ", groups.Groups.Select(g => $"{g.Name} ${F0(g.CostPerGoalMet!.Value)}")) + " (same staff under every policy).";
        }

        text += groups.Method == GroupComparisonAnalysis.PairedReplications
            ? $" Intervals compare the policies run by run ({groups.Replications} design point x replication runs); more replications would narrow them."
            : " With one replication, intervals compare students (Welch's t).";
        return text;
    }

    private static string Assumptions(AnalysisInput input)
    {
        if (!input.Spec.IsOtSim)
        {
            return "These are associations in observed data, not proof that the dose causes the outcome: " +
                   "students who get more services often differ in ways the data do not record. The intervals assume the rows (or clusters) are independent of each other.";
        }

        // Which assumptions drive the answer is measured, not asserted: a run with an experiment.sobol or
        // experiment.morris design adds that sentence from its indices (Sensitivity.SensitivityWords.Summary).
        return "Because this is a simulation, these results follow from the model's assumptions rather than from observed children. " +
               "With different values, for example pull-out practice that transfers fully, more minutes can clearly predict more progress (see docs/MODEL.md); " +
               "a Sobol' or Morris experiment (scenarios/which-assumptions-matter.json) measures which assumptions decide the answer.";
    }

    private static string Rate(RateEstimate r) => r.CiLow is { } lo && r.CiHigh is { } hi
        ? $"{F1(r.Estimate)} (95% CI {F1(lo)} to {F1(hi)})"
        : F1(r.Estimate);

    private static string Effect(StepEffect e, string units) =>
        $"{(e.Estimate >= 0 ? "higher" : "lower")} by about {F2(Math.Abs(e.Estimate))} {units} (95% CI {Signed(e.CiLow)} to {Signed(e.CiHigh)})";

    private static int Replications(AnalysisInput input) =>
        input.Spec.Replication is { } r ? input.Data.Levels(r).Count : 1;

    private static string Friendly(string column, bool otsim) => !otsim ? column : column switch
    {
        "severity" => "severity of need",
        "baseline" => "starting performance",
        "collaboration" => "teacher collaboration",
        "classroom_id" => "classroom",
        _ => column,
    };

    private static string Plural(int n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Signed(double v) => v.ToString("+0.0#;-0.0#;0.0", CultureInfo.InvariantCulture);

    private static string F0(double v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static string F1(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);

    private static string F2(double v) => v.ToString("0.0#", CultureInfo.InvariantCulture);

    private static string Pct(double v) => (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
