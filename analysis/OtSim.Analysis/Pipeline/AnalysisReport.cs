using System.Globalization;
using OtSim.Analysis.Report;

namespace OtSim.Analysis.Pipeline;

/// <summary>Lays out <c>report.html</c>: summary, key numbers, tables, every chart, provenance.</summary>
public static class AnalysisReport
{
    /// <summary>Renders the self-contained HTML page.</summary>
    public static string Build(AnalysisDocument document, IReadOnlyList<BuiltChart> charts, string? sensitivitySection = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(charts);
        var p = document.Provenance;
        var builder = new HtmlReportBuilder(p.Source == AnalysisSpec.OtSimSource ? $"OtSim analysis: {p.Scenario}" : $"Analysis of {p.Dataset}");
        builder.AddSummary(new[] { document.Summary.Headline }.Concat(document.Summary.Paragraphs));
        builder.AddKeyNumbers(KeyNumbers(document));
        if (document.Policies is { } groups)
        {
            foreach (var table in PolicyTables(groups, p.Source == AnalysisSpec.OtSimSource))
            {
                builder.AddTable(table);
            }
        }

        foreach (var table in AnswerReportTables.Build(document))
        {
            builder.AddTable(table);
        }

        builder.AddTable(DoseTable(document));
        foreach (var model in document.Models.Where(m => m.Name is ModelSuite.Mixed or ModelSuite.AdjustedCr1 or ModelSuite.AdjustedOls or DistrictModels.PooledCr1 or DistrictModels.PooledMixed))
        {
            builder.AddTable(ModelTable(model));
        }

        if (document.Staffing is { } staffing)
        {
            builder.AddTable(new ReportTable(
                "Staffing by policy",
                ["Policy", "Students per FTE", "Capacity used", "Therapists over capacity", "Minutes delivered / prescribed"],
                staffing.Policies.Select(s => (IReadOnlyList<string>)[s.Policy, F(s.StudentsPerFte, "0.0"), Pct(s.MeanCapacityUsed), s.OverCapacityTherapists.ToString(CultureInfo.InvariantCulture), Pct(s.Compliance)]).ToList()));
        }

        if (document.Caseload is { } caseload)
        {
            builder.AddTable(CaseloadReportTable.Build(caseload));
        }
        if (document.PlanChanges is { } changes)
        {
            builder.AddTable(PlanChangeTable(changes));
        }

        if (document.Notes.Count > 0)
        {
            builder.AddTable(new ReportTable("Notes on the data and models", ["Note"], document.Notes.Select(n => (IReadOnlyList<string>)[n]).ToList()));
        }

        foreach (var chart in charts)
        {
            builder.AddChart(new ReportChart(chart.Model, chart.Info.Caption, chart.Info.Title));
        }

        if (sensitivitySection is not null)
        {
            builder.AddSection(sensitivitySection);
        }

        builder.WithProvenance(new ReportProvenance(
            p.Scenario, p.Seed, p.Replications,
            p.DataProgramVersion is null ? p.AnalysisProgramVersion : $"data: OtSim {p.DataProgramVersion}; analysis: {p.AnalysisProgramVersion}",
            p.Command, null));
        return builder.Build();
    }

    private static IEnumerable<KeyNumber> KeyNumbers(AnalysisDocument document)
    {
        var f = document.Findings;
        string units = document.Provenance.Source == AnalysisSpec.OtSimSource ? " points" : string.Empty;
        if (document.Answer is { EffectPer10Hours: { } effect, CiLow: { } lo, CiHigh: { } hi } answer)
        {
            string what = answer.Source == "counterfactual" ? $"Same students, more minutes ({answer.Basis}), per 10 extra hours" : $"Within {answer.Basis}, per 10 more hours (district data)";
            yield return new KeyNumber(what, Signed(effect) + units, $"95% CI {Signed(lo)} to {Signed(hi)}: {answer.Verdict}");
        }

        yield return new KeyNumber($"Naive: change in {document.Variables.Outcome} per {f.DoseStepLabel}, all pooled, unadjusted", Signed(f.Naive.Estimate) + units,
            $"95% CI {Signed(f.Naive.CiLow)} to {Signed(f.Naive.CiHigh)}{(f.Naive.IsClear ? string.Empty : ": no clear relationship")}");
        if (f.Adjusted is { } a)
        {
            yield return new KeyNumber($"Adjusted, comparing alike {(units.Length > 0 ? "students" : "rows")} ({a.Model} model)", Signed(a.Estimate) + units,
                $"95% CI {Signed(a.CiLow)} to {Signed(a.CiHigh)}{(a.IsClear ? string.Empty : ": no clear relationship")}");
        }

        if (document.Policies is { } groups)
        {
            foreach (var g in groups.Groups.Skip(1))
            {
                var d = g.Difference!;
                yield return new KeyNumber($"{g.Name} vs {groups.Baseline}", Signed(d.Estimate) + units,
                    $"95% CI {Signed(d.CiLow)} to {Signed(d.CiHigh)}; Hedges' g {Signed(g.HedgesG!.Estimate)}");
            }
        }
    }

    private static IEnumerable<ReportTable> PolicyTables(GroupComparisonResult groups, bool otsim)
    {
        string noun = otsim ? "Policy" : groups.Column;
        yield return new ReportTable(
            $"{(otsim ? "Policies" : "Groups")} compared on {(otsim ? "progress" : "the outcome")} (method: see notes)",
            [noun, otsim ? "Students" : "Rows", "Mean (95% CI)", $"Difference from {groups.Baseline} (95% CI)", "Hedges' g"],
            groups.Groups.Select(g => (IReadOnlyList<string>)
            [
                g.Name,
                F(g.StudentsPerReplication, "0"),
                $"{F(g.MeanOutcome, "0.0")} ({F(g.MeanCiLow, "0.0")} to {F(g.MeanCiHigh, "0.0")})",
                g.Difference is { } d ? $"{Signed(d.Estimate)} ({Signed(d.CiLow)} to {Signed(d.CiHigh)})" : "baseline",
                g.HedgesG is { } h ? Signed(h.Estimate) : "",
            ]).ToList());
        if (!otsim)
        {
            yield break;
        }

        bool cost = groups.Groups.Any(g => g.Cost is not null);
        var header = new List<string> { noun, "GAS T-score", "Goals met", "Minutes delivered per student", "Compliance", "Therapist hours per year", "Progress per therapist hour (95% CI)", "Goals met per therapist hour (95% CI)" };
        if (cost)
        {
            header.AddRange(["Therapist cost per year", "Cost per goal met"]);
        }

        yield return new ReportTable("Policies: goals, minutes, therapist time and cost", header, groups.Groups.Select(g =>
        {
            var row = new List<string>
            {
                g.Name,
                g.MeanGasTScore is { } t ? F(t, "0.0") : "",
                g.GoalsMetPercent is { } m ? F(m, "0") + "%" : "",
                F(g.MeanDose, "N0"),
                g.MeanCompliance is { } c ? Pct(c) : "",
                g.TherapistHours is { } hours ? F(hours, "N0") : "",
                Rate(g.ProgressPerTherapistHour, "0.00"),
                Rate(g.GoalsMetPerTherapistHour, "0.000"),
            };
            if (cost)
            {
                row.Add(g.Cost is { } k ? "$" + F(k, "N0") : "");
                row.Add(g.CostPerGoalMet is { } cpg ? "$" + F(cpg, "N0") : "");
            }

            return (IReadOnlyList<string>)row;
        }).ToList());
    }

    private static ReportTable PlanChangeTable(PlanChangeResult changes)
    {
        var reasons = PlanChangeAnalysis.Reasons;
        return new ReportTable(
            "IEP changes per 100 students by reason (plan_changes.csv), and time to dismissal (calendar week the student left OT)",
            ["Policy", .. reasons, "Students with a change", "Dismissed", "Median week of dismissal"],
            changes.Policies.Select(p => (IReadOnlyList<string>)
            [
                p.Policy,
                .. reasons.Select(r => p.ByReason.FirstOrDefault(c => c.Reason == r) is { } c ? F(c.PerHundredStudents, "0.0") : ""),
                Pct(p.StudentsChanged),
                Pct(p.DismissedShare),
                p.MedianDismissalWeek is { } week ? F(week, "0.#") : "none",
            ]).ToList());
    }

    private static ReportTable DoseTable(AnalysisDocument document) =>
        new($"How {document.Variables.Outcome} relates to each dose: slope per {document.Findings.DoseStepLabel} (naive: unadjusted models, one per row; these mix need and service model)",
            ["Model", "Formula", "n", "Change per step (95% CI)", "p"],
            document.Models.Where(m => m.Name.StartsWith("naive", StringComparison.Ordinal)).Select(m =>
            {
                var slope = m.Coefficients[^1];
                double s = document.Findings.DoseStep;
                return (IReadOnlyList<string>)[m.Name, m.Formula + (m.Subset is null ? string.Empty : $" [subset: {m.Subset}]"), m.N.ToString(CultureInfo.InvariantCulture),
                    $"{Signed(slope.Estimate * s)} ({Signed(slope.CiLow * s)} to {Signed(slope.CiHigh * s)})", P(slope.PValue)];
            }).ToList());

    private static ReportTable ModelTable(ModelEstimate model)
    {
        var rows = model.Coefficients.Select(c => (IReadOnlyList<string>)[c.Term, G(c.Estimate), G(c.StdError), $"{G(c.CiLow)} to {G(c.CiHigh)}", P(c.PValue)]).ToList();
        foreach (var r in model.RandomEffects ?? [])
        {
            rows.Add([$"variance: (1 | {r.Group})", G(r.Variance), "", $"{r.Levels} groups", ""]);
        }

        if (model.ResidualVariance is { } residual)
        {
            rows.Add(["variance: residual", G(residual), "", model.Icc is { } icc ? $"ICC {icc.Total:0.000}" : "", ""]);
        }

        return new ReportTable($"{(model.Kind == "lmer" ? "Mixed model" : "Adjusted regression")} ({model.Name}, n = {model.N}): {model.Formula}. {model.Inference}", ["Term", "Estimate", "Std. error", "95% CI", "p"], rows);
    }

    private static string Rate(RateEstimate? r, string format) => r is null ? ""
        : r.CiLow is { } lo && r.CiHigh is { } hi ? $"{F(r.Estimate, format)} ({F(lo, format)} to {F(hi, format)})" : F(r.Estimate, format);

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);

    private static string G(double v) => v.ToString("G4", CultureInfo.InvariantCulture);

    private static string P(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Signed(double v) => v.ToString("+0.0#;-0.0#;0.0", CultureInfo.InvariantCulture);

    private static string Pct(double v) => double.IsFinite(v) ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "";
}
