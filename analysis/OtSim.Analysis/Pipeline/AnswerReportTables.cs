using System.Globalization;
using OtSim.Analysis.Report;

namespace OtSim.Analysis.Pipeline;

/// <summary>The report's tables for the three questions: counterfactual contrasts, district-data slopes, design points.</summary>
public static class AnswerReportTables
{
    /// <summary>Tables in report order (empty for external data).</summary>
    public static IEnumerable<ReportTable> Build(AnalysisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Counterfactual is { Available: true } cf)
        {
            yield return new ReportTable(
                $"Question 1, what minutes do: the same students under two policies. {cf.Estimator}",
                ["Contrast", "Kinds of minutes", "Students", "Extra hours", "Extra progress (95% CI)", "Per 10 extra hours (95% CI)", "Holm p", "Verdict"],
                cf.Contrasts.Select(c => (IReadOnlyList<string>)[
                    $"{c.Policy} vs {c.Versus}",
                    c.SameServiceType ? $"same ({Kinds(c.ServiceTypes)})" : $"{Kinds(c.ServiceTypes)} vs {Kinds(c.VersusServiceTypes)}",
                    c.Pairs.ToString(CultureInfo.InvariantCulture),
                    F(c.MinutesDifference["total"] / 60, "0.0"),
                    Ci(c.ProgressDifference),
                    c.EffectPer10Hours is { } e ? Ci(e) : "",
                    c.PHolm is { } p ? P(p) : "",
                    c.Verdict ?? ""]).ToList());
            yield return new ReportTable(
                "Question 1 by recorded severity band",
                ["Contrast", "Band", "Students", "Extra hours", "Extra progress (95% CI)", "Per 10 extra hours (95% CI)"],
                cf.Contrasts.SelectMany(c => c.BySeverityBand.Select(b => (IReadOnlyList<string>)[
                    $"{c.Policy} vs {c.Versus}", b.Band, b.Pairs.ToString(CultureInfo.InvariantCulture), F(b.MinutesDifference / 60, "0.0"),
                    b.ProgressDifference is { } d ? Ci(d) : "", b.EffectPer10Hours is { } e ? Ci(e) : ""])).ToList());
        }

        var district = document.Models.Where(m => m.Name.StartsWith(DistrictModels.PerPolicyPrefix, StringComparison.Ordinal) && m.Subset is not null).ToList();
        if (district.Count > 0)
        {
            var holm = document.Answer?.Tests.ToDictionary(t => t.Label, t => t.PHolm, StringComparer.Ordinal) ?? [];
            yield return new ReportTable(
                "Question 2, what a district's own data would show: minutes within each service model, adjusted for severity band, baseline, attendance and collaboration (CR1 by classroom within run)",
                ["Model", "n", "Per 10 more hours (95% CI)", "p", "Holm p"],
                district.Select(m =>
                {
                    var s = m.Term(document.Variables.Dose);
                    string policy = m.Subset!.Split('"')[1];
                    return (IReadOnlyList<string>)[m.Name, m.N.ToString(CultureInfo.InvariantCulture),
                        s is null ? "" : $"{Signed(s.Estimate * 600)} ({Signed(s.CiLow * 600)} to {Signed(s.CiHigh * 600)})",
                        s is null ? "" : P(s.PValue),
                        holm.TryGetValue(AnswerBuilder.Label.District(policy), out var h) ? P(h) : ""];
                }).ToList());
        }

        if (document.DesignPoints is { Count: > 0 } points && points.Any(r => r.Factors.Count > 0))
        {
            var factors = points[0].Factors.Keys.ToList();
            yield return new ReportTable(
                "Design points (also design_points.csv)",
                ["Design point", .. factors, "Policy", "Mean progress", "Goals met", "Therapist hours", "Slope per 10 h (95% CI)", $"Effect vs {points[0].BaselinePolicy} per 10 h (95% CI)"],
                points.Select(r => (IReadOnlyList<string>)[
                    r.DesignPoint.ToString(CultureInfo.InvariantCulture), .. factors.Select(f => F(r.Factors[f], "G6")), r.Policy, F(r.MeanProgress, "0.00"),
                    r.GoalsMetPercent is { } g ? F(g, "0") + "%" : "", r.TherapistHours is { } h ? F(h, "N0") : "",
                    Range(r.SlopePer10h, r.SlopePer10hCiLow, r.SlopePer10hCiHigh), Range(r.EffectPer10h, r.EffectPer10hCiLow, r.EffectPer10hCiHigh)]).ToList());
        }
    }

    private static string Kinds(IReadOnlyList<string> kinds) => kinds.Count == 0 ? "none" : string.Join("+", kinds);

    private static string Ci(ContrastEstimate e) => $"{Signed(e.Estimate)} ({Signed(e.CiLow)} to {Signed(e.CiHigh)})";

    private static string Range(double? e, double? lo, double? hi) =>
        e is { } x && lo is { } l && hi is { } h && double.IsFinite(x) ? $"{Signed(x)} ({Signed(l)} to {Signed(h)})" : "";

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);

    private static string P(double p) => double.IsNaN(p) ? "" : p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Signed(double v) => double.IsFinite(v) ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "";
}
