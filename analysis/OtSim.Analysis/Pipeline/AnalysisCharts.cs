using System.Globalization;
using OtSim.Analysis.Charts;
using OtSim.Statistics;
using OxyPlot;

namespace OtSim.Analysis.Pipeline;

/// <summary>A chart to export: its metadata and model.</summary>
/// <param name="Info">File names, title and caption.</param>
/// <param name="Model">The OxyPlot model.</param>
public sealed record BuiltChart(ChartInfo Info, PlotModel Model);

/// <summary>
/// Builds the analysis charts from computed results with the existing chart factories. Titles state the finding
/// (computed, never fixed text); every chart uses the same policy order, so a policy has one colour everywhere.
/// </summary>
public static class AnalysisCharts
{
    /// <summary>Above this many rows the scatter plots a deterministic subsample (every k-th row); fits use all rows.</summary>
    internal const int MaxScatterPoints = 4000;

    /// <summary>Builds every chart that the data allow.</summary>
    public static IReadOnlyList<BuiltChart> Build(
        AnalysisInput input, IReadOnlyList<string> groupOrder, Findings findings, DoseResponseResult dose, GroupComparisonResult? groups, StaffingResult? staffing, ICollection<string> notes,
        AnswerBuilder.Decision? decision = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(notes);
        var charts = new List<BuiltChart>
        {
            Scatter(input, groupOrder, findings),
            DoseResponse(input, dose, findings),
        };
        if (groups is { Groups.Count: > 1 })
        {
            charts.Add(Comparison(input, groupOrder, groups, decision));
        }

        if ((input.Spec.Moderator ?? input.Spec.Covariates.FirstOrDefault()) is { } moderator)
        {
            charts.Add(Heatmap(input, moderator, dose, findings, decision));
        }
        else
        {
            notes.Add("No moderator or covariate: no heatmap.");
        }

        if (input.Weeks is { Count: > 0 } weeks)
        {
            charts.Add(Trajectories(weeks, groupOrder));
        }

        if (staffing is not null)
        {
            charts.Add(Capacity(staffing));
        }

        return charts;
    }

    private static BuiltChart Scatter(AnalysisInput input, IReadOnlyList<string> groupOrder, Findings findings)
    {
        var spec = input.Spec;
        var x = input.Data.Number(spec.Dose);
        var y = input.Data.Number(spec.Outcome);
        var group = spec.Group is null ? null : input.Data.Label(spec.Group);
        var fit = OrdinaryLeastSquares.Fit(y, DesignMatrix.FromFormula(spec.Dose, input.Data.Numeric));
        double lo = x.Min();
        double hi = x.Max();
        var band = Enumerable.Range(0, 41).Select(k => lo + ((hi - lo) * k / 40.0)).Select(t =>
        {
            var (_, low, high) = fit.MeanInterval([1.0, t]);
            return new BandPoint(t, low, high);
        }).ToList();
        int stride = (int)Math.Ceiling(x.Length / (double)MaxScatterPoints);
        var points = Enumerable.Range(0, x.Length).Where(i => i % stride == 0)
            .Select(i => new GroupedPoint(group?[i] ?? "all rows", x[i], y[i])).ToList();
        var naive = findings.Naive;
        string dose = spec.IsOtSim ? "OT minutes" : spec.Dose;
        string who = spec.IsOtSim ? "Students" : "Rows";
        // The naive line answers no question on its own (it mixes need and service model), so the title states none.
        string title = $"{(spec.IsOtSim ? "Delivered minutes and progress" : $"{spec.Dose} and {spec.Outcome}")}, all {who.ToLowerInvariant()} pooled (unadjusted)";
        string subtitle = $"Each dot is one {(spec.IsOtSim ? "student under one policy" : "row")}{(stride > 1 ? $" (every {stride}th shown)" : string.Empty)}. " +
                          $"Line: naive straight-line fit (unadjusted) with 95% band; {Per(findings)}: {Signed(naive.Estimate)} (95% CI {Signed(naive.CiLow)} to {Signed(naive.CiHigh)}).";
        var chartInput = new MinutesProgressInput(title, points, new FittedLine(fit.Estimates[0], fit.Estimates[1], "Naive fit (unadjusted)"), band, subtitle, groupOrder);
        if (!spec.IsOtSim)
        {
            chartInput = chartInput with { XAxisTitle = spec.Dose, YAxisTitle = spec.Outcome };
        }

        return Chart("minutes-vs-progress", MinutesProgressChart.Create(chartInput), title,
            $"{spec.Outcome} against {spec.Dose}, coloured by {spec.Group ?? "row"}, with the naive regression line and its 95% confidence band.");
    }

    private static BuiltChart DoseResponse(AnalysisInput input, DoseResponseResult dose, Findings findings)
    {
        var spec = input.Spec;
        var bands = dose.Bands.Select(b => new DoseBand(b.Label, b.MeanDose, b.Mean, double.IsFinite(b.CiLow) ? b.CiLow : b.Mean, double.IsFinite(b.CiHigh) ? b.CiHigh : b.Mean, b.N)).ToList();
        double min = dose.Bands.Min(b => b.Mean);
        double max = dose.Bands.Max(b => b.Mean);
        string outcome = spec.IsOtSim ? "Mean progress" : $"Mean {spec.Outcome}";
        // Unadjusted bands show who got which minutes as much as what minutes do: no trend is stated as a finding.
        string title = $"{outcome} by band of {(spec.IsOtSim ? "delivered minutes" : spec.Dose)}, unadjusted (band means {F1(min)} to {F1(max)})";
        var chartInput = new DoseResponseInput(title, bands, dose.Lowess.Select(p => new DataPoint(p.X, p.Y)).ToList(),
            $"{dose.Bands.Count} bands of minutes (quintiles, merged where they had under {DoseResponseAnalysis.MinimumBandSize} students or overlapped); dots: band mean with 95% interval; orange: smoothed trend (lowess); neither is adjusted for need or service model.");
        if (!spec.IsOtSim)
        {
            chartInput = chartInput with { XAxisTitle = spec.Dose, YAxisTitle = $"Mean {spec.Outcome}" };
        }

        return Chart("dose-response", DoseResponseChart.Create(chartInput), title,
            $"Mean {spec.Outcome} in each band of {spec.Dose}, with 95% t intervals and a lowess curve over all rows.");
    }

    private static BuiltChart Comparison(AnalysisInput input, IReadOnlyList<string> groupOrder, GroupComparisonResult groups, AnswerBuilder.Decision? decision)
    {
        var spec = input.Spec;
        var y = input.Data.Number(spec.Outcome);
        var labels = input.Data.Label(spec.Group!);
        var distributions = groupOrder.Where(g => groups.Groups.Any(s => s.Name == g))
            .Select(g => PolicyDistribution.FromValues(g, Enumerable.Range(0, y.Length).Where(i => labels[i] == g).Select(i => y[i])))
            .ToList();
        string units = spec.IsOtSim ? " points" : string.Empty;
        var parts = groups.Groups.Skip(1).Select(g =>
        {
            var d = g.Difference!;
            bool clear = decision is null ? d.CiLow > 0 || d.CiHigh < 0 : decision.IsClear(AnswerBuilder.Label.Policy(g.Name));
            string size = $"{Signed(d.Estimate)}{units}";
            // Same wording as the summary: a clear but small difference (|g| < 0.2) is "slightly" more or less.
            string degree = g.HedgesG is { } h && Math.Abs(h.Estimate) < 0.2 ? "slightly but clearly" : "clearly";
            double delta = decision?.Answer.SmallestEffectPoints ?? 0;
            bool negligible = spec.IsOtSim && d.CiLow > -delta && d.CiHigh < delta;
            return negligible
                ? $"{g.Name} negligibly different ({size})"
                : clear
                ? $"{g.Name} {degree} {(d.Estimate > 0 ? "more" : "less")} ({size})"
                : $"{g.Name} not clearly different ({size})";
        });
        string title = $"Compared with {groups.Baseline}: {string.Join(", ", parts)}";
        var chartInput = new PolicyComparisonInput(title, distributions,
            $"Boxes: middle half of {(spec.IsOtSim ? "students" : "rows")}; line: median; diamond: mean. Differences from {groups.Baseline} are in the report's table.", groupOrder);
        if (!spec.IsOtSim)
        {
            chartInput = chartInput with { XAxisTitle = spec.Group!, YAxisTitle = spec.Outcome };
        }

        return Chart("policy-comparison", PolicyComparisonChart.Create(chartInput), title,
            $"Distribution of {spec.Outcome} under each {(spec.IsOtSim ? "policy" : spec.Group)}, in the same order and colours as the other charts.");
    }

    private static BuiltChart Heatmap(AnalysisInput input, string moderator, DoseResponseResult dose, Findings findings, AnswerBuilder.Decision? decision)
    {
        var spec = input.Spec;
        var x = input.Data.Number(spec.Dose);
        var m = input.Data.Number(moderator);
        var y = input.Data.Number(spec.Outcome);
        var xBands = DoseResponseAnalysis.Bands(x, DoseResponseAnalysis.MinimumBandSize);
        var sortedM = m.Order().ToArray();
        var cuts = new[] { WeeklyPerformance.Quantile(sortedM, 1 / 3.0), WeeklyPerformance.Quantile(sortedM, 2 / 3.0) }.Distinct().ToList();
        int Band(double v) { int b = cuts.FindIndex(c => v <= c); return b < 0 ? cuts.Count : b; }
        int rows = cuts.Count + 1;
        var sum = new double[xBands.Count, rows];
        var count = new int[xBands.Count, rows];
        for (int k = 0; k < xBands.Count; k++)
        {
            foreach (int i in xBands[k])
            {
                sum[k, Band(m[i])] += y[i];
                count[k, Band(m[i])]++;
            }
        }

        var grid = new double[xBands.Count, rows];
        for (int k = 0; k < xBands.Count; k++)
        {
            for (int j = 0; j < rows; j++)
            {
                grid[k, j] = count[k, j] >= 5 ? sum[k, j] / count[k, j] : double.NaN;
            }
        }

        string[] names = rows == 3 ? ["low", "middle", "high"] : rows == 2 ? ["lower", "higher"] : ["all"];
        var mLabels = Enumerable.Range(0, rows).Select(j =>
        {
            var values = m.Where(v => Band(v) == j).ToArray();
            return values.Length == 0 ? names[j] : $"{names[j]} ({values.Min():0.##}-{values.Max():0.##})";
        }).ToList();
        var xLabels = xBands.Select(b => Range(b.Select(i => x[i]))).ToList();
        string mod = spec.IsOtSim && moderator == "collaboration" ? "teacher collaboration" : moderator;
        string title = findings.Interaction is { } inter && spec.Moderator == moderator
            ? (decision is null ? inter.IsClear : decision.IsClear(AnswerBuilder.Label.Interaction))
                ? $"Extra minutes went with {(inter.Estimate > 0 ? "more" : "less")} progress where {mod} was higher"
                : $"Minutes did not clearly pay off more where {mod} was higher"
            : $"Mean {spec.Outcome} by {spec.Dose} and {mod}";
        var chartInput = new HeatmapInput(title, xLabels, mLabels, grid,
            $"Each cell: mean {(spec.IsOtSim ? "progress" : spec.Outcome)} of the {(spec.IsOtSim ? "students" : "rows")} in that band of minutes and third of {mod}; blank: fewer than 5.");
        chartInput = chartInput with
        {
            XAxisTitle = spec.IsOtSim ? ChartStyle.DeliveredMinutesTitle : spec.Dose,
            YAxisTitle = spec.IsOtSim && moderator == "collaboration" ? "Teacher collaboration (0-1 scale), thirds" : $"{moderator}, thirds",
            ColorAxisTitle = spec.IsOtSim ? "Mean progress (points)" : $"Mean {spec.Outcome}",
        };
        return Chart("collaboration-heatmap", CollaborationHeatmapChart.Create(chartInput), title,
            $"Mean {spec.Outcome} in each combination of {spec.Dose} band and third of {moderator}.");
    }

    private static BuiltChart Trajectories(IReadOnlyList<TrajectoryPoint> weeks, IReadOnlyList<string> groupOrder)
    {
        int last = (int)weeks.Max(p => p.Week);
        var end = weeks.Where(p => (int)p.Week == last).OrderByDescending(p => p.Median).ToList();
        var first = weeks.Where(p => (int)p.Week == (int)weeks.Min(w => w.Week)).ToList();
        double rise = end.Average(p => p.Median) - first.Average(p => p.Median);
        string title = end.Count > 1
            ? $"The median student {(rise >= 0 ? "gained" : "lost")} about {F1(Math.Abs(rise))} points over the year; {end[0].Policy} ended highest ({F1(end[0].Median)} vs {F1(end[^1].Median)})"
            : $"The median student {(rise >= 0 ? "gained" : "lost")} about {F1(Math.Abs(rise))} points over the year";
        var policies = weeks.Select(p => p.Policy).Distinct().ToList();
        var hidden = new List<string>();
        for (int a = 0; a < policies.Count; a++)
        {
            for (int b = a + 1; b < policies.Count; b++)
            {
                var pa = weeks.Where(p => p.Policy == policies[a]).ToDictionary(p => p.Week, p => p.Median);
                var pb = weeks.Where(p => p.Policy == policies[b]).ToDictionary(p => p.Week, p => p.Median);
                if (pa.Keys.All(w => pb.TryGetValue(w, out var m) && Math.Abs(m - pa[w]) < 0.5))
                {
                    hidden.Add($"{policies[a]} and {policies[b]}");
                }
            }
        }

        string subtitle = WeeklyTrajectoryChart.DefaultSubtitle + (hidden.Count == 0 ? string.Empty : $" The lines of {string.Join("; ", hidden)} overlap (within 0.5 points every week).");
        return Chart("weekly-trajectories", WeeklyTrajectoryChart.Create(new TrajectoryInput(title, weeks, subtitle, groupOrder)), title,
            "True weekly performance: median student per policy, shaded 10th-90th percentile, pooled over replications (from weeks.csv).");
    }

    private static BuiltChart Capacity(StaffingResult staffing)
    {
        var loads = staffing.Therapists.Select(t => new TherapistLoad($"Therapist {t.TherapistId}, {t.Policy}", t.CapacityMinutes, t.DemandMinutes)).ToList();
        int over = loads.Count(l => l.IsOverCapacity);
        string title = over == 0
            ? $"Every therapist had time for the prescribed minutes (capacity used: {Pct(staffing.Policies.Min(p => p.MeanCapacityUsed))}-{Pct(staffing.Policies.Max(p => p.MeanCapacityUsed))})"
            : $"{over} of {loads.Count} therapist-policy combinations had more minutes prescribed than time to deliver them";
        // Bars name each therapist and policy, which a projector audience can read; a scatter scales to large districts.
        var chart = loads.Count <= 24
            ? TherapistCapacityChart.CreateBars(new CapacityInput(title, loads, "Each therapist under each policy, mean over replications: what she could deliver (capacity) next to what was prescribed (demand)."))
            : TherapistCapacityChart.CreateScatter(new CapacityInput(title, loads, "One dot per therapist under each policy (mean over replications). Above the dashed line: over capacity."));
        return Chart("therapist-capacity", chart, title, "Each therapist's yearly prescribed minutes against the minutes she could deliver, per policy.");
    }

    private static BuiltChart Chart(string id, PlotModel model, string title, string caption) =>
        new(new ChartInfo(id, $"charts/{id}.svg", $"charts/{id}.png", title, caption), model);

    private static string Per(Findings f) => "change per " + f.DoseStepLabel.Replace("extra ", string.Empty, StringComparison.Ordinal);

    private static string Range(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Min() == list.Max() ? F0(list.Min()) : $"{F0(list.Min())}-{F0(list.Max())}";
    }

    private static string Signed(double v) => v.ToString("+0.0#;-0.0#;0.0", CultureInfo.InvariantCulture);

    private static string F0(double v) => Math.Abs(v) >= 100 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string F1(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Pct(double v) => (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
