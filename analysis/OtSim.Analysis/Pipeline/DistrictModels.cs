using System.Globalization;
using System.Text;
using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Question 2, "what would a district's own data show?": delivered minutes against progress adjusted only for what a
/// district records (severity band, measured baseline, attendance, collaboration), within each service model (policy)
/// and pooled with policy terms, so that a difference between service models is never read as dose.
/// </summary>
/// <remarks>
/// Categorical columns enter as 0/1 indicator columns that the model's <c>r_code</c> derives first
/// (<c>d$band_moderate &lt;- as.numeric(d$severity_band == "moderate")</c>), so the formula, the term names and the
/// numbers are the same in C# and R. Standard errors are CR1 by classroom within run (design point x replication),
/// which also covers the same student appearing under several policies (students are nested in classrooms). The pooled
/// mixed model adds a random intercept per student within run for the same reason.
/// </remarks>
public static class DistrictModels
{
    /// <summary>Prefix of the per-policy models: <c>district_&lt;policy&gt;</c>.</summary>
    public const string PerPolicyPrefix = "district_";

    /// <summary>Pooled OLS with policy terms and CR1 SEs.</summary>
    public const string PooledCr1 = "district_pooled_cr1";

    /// <summary>Pooled mixed model with policy terms and school, classroom and student intercepts.</summary>
    public const string PooledMixed = "district_pooled_mixed";

    private static readonly string[] _recorded = ["baseline", "attendance_rate", "sessions_missed_absent", "collaboration"];

    /// <summary>The models, and the per-policy slopes of delivered minutes by policy name.</summary>
    /// <param name="Models">Fitted models in report order.</param>
    /// <param name="Slopes">Per-policy model by policy, for the summary and design_points.csv.</param>
    public sealed record Result(IReadOnlyList<ModelEstimate> Models, IReadOnlyDictionary<string, ModelEstimate> Slopes);

    /// <summary>Fits the models; null for data without a policy column or severity band (external CSVs).</summary>
    public static Result? Run(AnalysisInput input, IReadOnlyList<string> order, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(notes);
        var spec = input.Spec;
        if (!spec.IsOtSim || spec.Group is null || !input.Data.Text.ContainsKey("severity_band"))
        {
            return null;
        }

        var (data, prelude, bands, policies) = Derive(input.Data, spec.Group, order);
        var recorded = _recorded.Where(data.Numeric.ContainsKey).ToList();
        var pieces = new[] { spec.Dose }.Concat(bands).Concat(recorded).ToList();
        var runs = ModelSuite.MultipleRuns(spec, data) ? spec.RunColumns : [];
        var cluster = new ModelFitter.ClusterSpec(runs.Append(spec.Cluster!).ToArray());
        var models = new List<ModelEstimate>();
        var slopes = new Dictionary<string, ModelEstimate>(StringComparer.Ordinal);
        foreach (var level in order)
        {
            var rows = data.WhereLabel(spec.Group, level);
            string name = PerPolicyPrefix + Safe(level);
            if (Try(name, () => Fit(name, rows, pieces, Subset(spec.Group, level))) is { } m)
            {
                slopes[level] = m;
            }
        }

        if (order.Count > 1)
        {
            var pooled = pieces.Concat(policies).ToList();
            Try(PooledCr1, () => ModelFitter.FitOls(PooledCr1, spec.Outcome, pooled, data, null, cluster, prelude));
            if (data.Text.ContainsKey("student_id"))
            {
                var intercepts = new[] { spec.School, spec.Cluster, "student_id" }.OfType<string>()
                    .Select(c => runs.Append(c).ToArray())
                    .Select(cols => new ModelFitter.RandomIntercept(string.Join(':', cols), cols))
                    .ToList();
                Try(PooledMixed, () => ModelFitter.FitMixed(PooledMixed, spec.Outcome, pooled, intercepts, data, out _, prelude));
            }
        }

        return new Result(models, slopes);

        ModelEstimate Fit(string name, AnalysisData rows, IReadOnlyList<string> terms, string subset)
        {
            if (rows.RowCount < terms.Count + 5)
            {
                throw new InvalidOperationException($"too few rows ({rows.RowCount}) where {subset}");
            }

            return ModelFitter.FitOls(name, spec.Outcome, terms, rows, subset, cluster, prelude);
        }

        ModelEstimate? Try(string name, Func<ModelEstimate> fit)
        {
            try
            {
                var model = fit();
                models.Add(model);
                return model;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                notes.Add($"{name} could not be fitted: {ex.Message}");
                return null;
            }
        }
    }

    /// <summary>The per-policy model of one subset of rows (e.g. one design point), with the same terms; null when it cannot be fitted.</summary>
    public static ModelEstimate? FitSubset(AnalysisInput input, AnalysisData rows, IReadOnlyList<string> order, string subset)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rows);
        var spec = input.Spec;
        if (!rows.Text.ContainsKey("severity_band") || spec.Group is null || rows.RowCount < 15)
        {
            return null;
        }

        var (data, prelude, bands, _) = Derive(rows, spec.Group, order);
        var pieces = new[] { spec.Dose }.Concat(bands).Concat(_recorded.Where(data.Numeric.ContainsKey)).ToList();
        var runs = ModelSuite.MultipleRuns(spec, data) ? spec.RunColumns : [];
        var cluster = new ModelFitter.ClusterSpec(runs.Append(spec.Cluster!).ToArray());
        try
        {
            return ModelFitter.FitOls("subset", spec.Outcome, pieces, data, subset, cluster, prelude);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>An R string literal comparison, e.g. <c>policy == "blanket-30"</c>.</summary>
    public static string Subset(string column, string level) =>
        $"{column} == \"{level.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    /// <summary>A policy name as part of a model or column name: letters and digits, others as '_'.</summary>
    public static string Safe(string level) =>
        new(level.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());

    private static (AnalysisData Data, string Prelude, IReadOnlyList<string> Bands, IReadOnlyList<string> Policies) Derive(
        AnalysisData data, string group, IReadOnlyList<string> order)
    {
        var numeric = new Dictionary<string, double[]>(data.Numeric, StringComparer.Ordinal);
        var prelude = new StringBuilder();
        var bandLevels = data.Levels("severity_band");
        var reference = bandLevels.Contains("mild") ? "mild" : bandLevels.Order(StringComparer.Ordinal).First();
        var bands = new List<string>();
        foreach (var level in bandLevels.Where(b => b != reference).Order(StringComparer.Ordinal))
        {
            bands.Add(Indicator("severity_band", level, "band_" + Safe(level)));
        }

        var policies = new List<string>();
        foreach (var level in order.Skip(1))
        {
            policies.Add(Indicator(group, level, "policy_" + Safe(level)));
        }

        return (new AnalysisData(data.RowCount, numeric, data.Text), prelude.ToString(), bands, policies);

        string Indicator(string column, string level, string name)
        {
            while (numeric.ContainsKey(name))
            {
                name += "_";
            }

            var labels = data.Label(column);
            numeric[name] = labels.Select(l => l == level ? 1.0 : 0.0).ToArray();
            prelude.Append(CultureInfo.InvariantCulture, $"d${name} <- as.numeric(d${Subset(column, level)})\n");
            return name;
        }
    }
}
