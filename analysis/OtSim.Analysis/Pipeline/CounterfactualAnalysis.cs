using System.Globalization;
using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Question 1: what minutes do in the simulated world. The simulator runs every policy on the same students,
/// classrooms and noise within a run (design point x replication), so each student's progress under one policy minus
/// the same student's progress under another is a counterfactual difference, free of confounding by need.
/// </summary>
/// <remarks>
/// <para>For each pair of policies sharing students: paired differences d_y (progress) and d_x (delivered minutes /
/// 600) per student; the mean extra progress d̄_y and the effect per 10 hours Σd_y / Σd_x (ratio of mean
/// differences), each with a CR1 interval clustered by classroom within run and t on G - 1 df
/// (<see cref="PairedContrast"/>). The pairing removes between-student variation; clustering allows classmates'
/// differences to be correlated (shared teacher and therapist).</para>
/// <para>The contrast is oriented so that <c>policy</c> is the one with more delivered minutes. When the two deliver
/// different kinds of minutes (e.g. pull-out versus consultation) the contrast mixes amount and kind, and
/// <see cref="PolicyContrast.SameServiceType"/> is false.</para>
/// </remarks>
public static class CounterfactualAnalysis
{
    /// <summary>Kind of the contrast entries in <c>models</c>.</summary>
    public const string ModelKind = "paired_contrast";

    /// <summary>Minutes per 10 hours.</summary>
    public const double Step = 600;

    private static readonly (string Column, string Kind)[] _kinds =
        [("delivered_direct_minutes", "direct"), ("delivered_integrated_minutes", "integrated"), ("delivered_consult_minutes", "consult")];

    /// <summary>The estimator in words, as written to analysis.json and docs/ANALYSIS.md.</summary>
    public const string EstimatorText =
        "Same students under two policies (matched on design point, replication and student id). Mean extra progress is the mean of the per-student differences; " +
        "the effect per 10 hours is the ratio of the mean differences, sum(d_progress) / sum(d_minutes / 600). " +
        "Both have cluster-robust (CR1) standard errors by classroom within run (a delta-method sandwich for the ratio), t on clusters - 1 df.";

    /// <summary>Runs every pairwise contrast; models get one <c>paired_contrast</c> entry per contrast.</summary>
    public static CounterfactualResult Run(AnalysisInput input, IReadOnlyList<string> order, ICollection<ModelEstimate> models)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(models);
        var spec = input.Spec;
        var data = input.Data;
        if (!spec.IsOtSim || spec.Group is null || !data.Text.ContainsKey("student_id"))
        {
            return new CounterfactualResult(false, "No contrast: these data do not hold the same students under several policies.", EstimatorText, []);
        }

        if (order.Count < 2)
        {
            return new CounterfactualResult(false,
                $"No contrast: the run has a single policy ({order.FirstOrDefault()}), so nothing shows what other minutes would have done for the same students. " +
                "Add a second policy with other minutes of the same kind (e.g. the same service at twice the minutes), or an experiment factor on the policy's minutes.",
                EstimatorText, []);
        }

        var contrasts = new List<PolicyContrast>();
        for (int i = 0; i < order.Count; i++)
        {
            for (int j = i + 1; j < order.Count; j++)
            {
                if (Compare(input, data, order[i], order[j]) is { } c)
                {
                    contrasts.Add(c.Contrast);
                    models.Add(c.Model);
                }
            }
        }

        return contrasts.Count == 0
            ? new CounterfactualResult(false, "No contrast: no student appears under two policies in the same run.", EstimatorText, [])
            : new CounterfactualResult(true,
                $"{contrasts.Count} contrast(s) of the same students under two policies; {contrasts.Count(c => c.SameServiceType)} differ only in the amount of the same kind of service.",
                EstimatorText, contrasts);
    }

    /// <summary>The contrast of two policies on the given rows; null when they share no students.</summary>
    public static (PolicyContrast Contrast, ModelEstimate Model)? Compare(AnalysisInput input, AnalysisData data, string first, string second, string? subset = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(data);
        var spec = input.Spec;
        if (spec.Group is null || spec.Cluster is null || !data.Text.ContainsKey("student_id"))
        {
            return null;
        }

        var keyColumns = spec.RunColumns.Append("student_id").ToArray();
        var keys = data.Combined(keyColumns);
        var policy = data.Label(spec.Group!);
        var firstRows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < data.RowCount; i++)
        {
            if (policy[i] == first)
            {
                firstRows[keys[i]] = i;
            }
        }

        var pairs = Enumerable.Range(0, data.RowCount)
            .Where(i => policy[i] == second && firstRows.ContainsKey(keys[i]))
            .Select(i => (A: firstRows[keys[i]], B: i)).ToArray();
        if (pairs.Length < 2)
        {
            return null;
        }

        var dose = data.Number(spec.Dose);
        double meanDose = pairs.Average(p => dose[p.B] - dose[p.A]);
        // Orient so that "policy" gets more minutes: the effect then reads per 10 extra hours.
        string more = meanDose >= 0 ? second : first, fewer = meanDose >= 0 ? first : second;
        var oriented = meanDose >= 0 ? pairs : pairs.Select(p => (A: p.B, B: p.A)).ToArray();
        var y = data.Number(spec.Outcome);
        var clusters = data.Combined(spec.RunColumns.Append(spec.Cluster!).ToArray());
        var bands = data.Text.TryGetValue("severity_band", out var b) ? b : null;
        var minutes = _kinds.Where(k => data.Numeric.ContainsKey(k.Column))
            .ToDictionary(k => k.Kind, k => oriented.Average(p => data.Number(k.Column)[p.B] - data.Number(k.Column)[p.A]), StringComparer.Ordinal);
        minutes["total"] = oriented.Average(p => dose[p.B] - dose[p.A]);

        var (progress, effect) = Estimate(oriented, y, dose, clusters);
        if (progress is null)
        {
            return null;
        }

        var byBand = bands is null ? [] : oriented.GroupBy(p => bands[p.A]).OrderBy(g => BandOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var rows = g.ToArray();
                var (dp, de) = Estimate(rows, y, dose, clusters);
                return new BandContrast(g.Key, rows.Length, rows.Average(p => dose[p.B] - dose[p.A]), dp, de);
            }).ToList();
        var typesMore = Types(data, spec.Group!, more);
        var typesFewer = Types(data, spec.Group!, fewer);
        string name = $"contrast_{DistrictModels.Safe(more)}_vs_{DistrictModels.Safe(fewer)}{(subset is null ? string.Empty : "_subset")}";
        int g = clusters.Length == 0 ? 0 : oriented.Select(p => clusters[p.A]).Distinct(StringComparer.Ordinal).Count();
        var contrast = new PolicyContrast(
            more, fewer, typesMore, typesFewer, typesMore.SequenceEqual(typesFewer), oriented.Length, g, minutes, progress, effect, byBand, name);
        return (contrast, ToModel(name, input, more, fewer, oriented.Length, g, progress, effect, subset));
    }

    private static (ContrastEstimate? Progress, ContrastEstimate? Effect) Estimate((int A, int B)[] pairs, double[] y, double[] dose, string[] clusters)
    {
        var labels = pairs.Select(p => clusters[p.A]).ToArray();
        if (labels.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return (null, null);
        }

        var dy = pairs.Select(p => y[p.B] - y[p.A]).ToArray();
        var dx = pairs.Select(p => (dose[p.B] - dose[p.A]) / Step).ToArray();
        var progress = ContrastEstimate.From(PairedContrast.Mean("mean_progress_difference", dy, labels));
        // Under half an hour of extra minutes per student on average, a ratio would divide by noise.
        var ratio = Math.Abs(dx.Average()) * Step < 30 ? null : PairedContrast.Ratio("effect_per_10h", dy, dx, labels);
        return (progress, ratio is null ? null : ContrastEstimate.From(ratio));
    }

    private static List<string> Types(AnalysisData data, string group, string level)
    {
        var policy = data.Label(group);
        return _kinds.Where(k => data.Numeric.ContainsKey(k.Column))
            .Where(k =>
            {
                var v = data.Number(k.Column);
                double sum = 0;
                int n = 0;
                for (int i = 0; i < v.Length; i++)
                {
                    if (policy[i] == level)
                    {
                        sum += v[i];
                        n++;
                    }
                }

                return n > 0 && sum / n >= 1;
            })
            .Select(k => k.Kind).ToList();
    }

    private static int BandOrder(string band) => band switch { "mild" => 0, "moderate" => 1, "severe" => 2, _ => 3 };

    private static ModelEstimate ToModel(
        string name, AnalysisInput input, string more, string fewer, int n, int clusters, ContrastEstimate progress, ContrastEstimate? effect, string? subset)
    {
        var spec = input.Spec;
        var key = spec.RunColumns.Append("student_id").ToArray();
        string keyR = string.Join(", ", key.Select(k => $"\"{k}\""));
        string groupR = string.Join(", ", spec.RunColumns.Select(c => $"m${c}").Append($"m${spec.Cluster}.a"));
        string filter = subset is null ? string.Empty : $"d <- subset(d, {subset})\n";
        string code = string.Create(CultureInfo.InvariantCulture,
            $"""
            {filter}a <- d[d${DistrictModels.Subset(spec.Group!, fewer)}, ]; b <- d[d${DistrictModels.Subset(spec.Group!, more)}, ]
            m <- merge(a, b, by = c({keyR}), suffixes = c(".a", ".b"))
            dy <- m${spec.Outcome}.b - m${spec.Outcome}.a; dx <- (m${spec.Dose}.b - m${spec.Dose}.a) / 600
            g <- interaction({groupR}, drop = TRUE); G <- nlevels(g); q <- qt(0.975, G - 1)
            r <- sum(dy) / sum(dx)
            est <- c(mean_progress_difference = mean(dy), effect_per_10h = r)
            se <- c(sqrt(G / (G - 1) * sum(rowsum(dy - mean(dy), g)^2)) / length(dy), sqrt(G / (G - 1) * sum(rowsum(dy - r * dx, g)^2)) / abs(sum(dx)))
            coefs <- data.frame(term = names(est), estimate = est, std_error = se, ci_low = est - q * se, ci_high = est + q * se, p_value = 2 * pt(-abs(est / se), G - 1))
            {(effect is null ? "coefs <- coefs[1, ]  # under half an hour of extra time: no ratio (it would divide by noise)\n" : string.Empty)}coefs
            """);
        var coefficients = new List<CoefficientEstimate> { Coef("mean_progress_difference", progress) };
        if (effect is not null)
        {
            coefficients.Add(Coef("effect_per_10h", effect));
        }

        return new ModelEstimate(
            name, ModelKind,
            "dy ~ 0 + dx, estimated as sum(dy) / sum(dx) with dy, dx the same students' differences in progress and in delivered minutes / 600 (see r_code)",
            n, subset ?? $"{spec.Group} %in% c(\"{Escape(fewer)}\", \"{Escape(more)}\")",
            $"Paired by student within run; {EstimatorText}",
            coefficients, null, null, null, null, null, null, string.Join(':', spec.RunColumns.Append(spec.Cluster!)), clusters,
            code, []);
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static CoefficientEstimate Coef(string term, ContrastEstimate e) =>
        new(term, e.Estimate, e.StdError, e.CiLow, e.CiHigh, e.PValue, e.Df);
}
