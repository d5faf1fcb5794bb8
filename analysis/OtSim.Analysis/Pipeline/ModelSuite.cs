using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// The models of the analysis, chosen from the column roles: naive OLS of the outcome on the dose (and on each dose
/// component), adjusted OLS with CR1 SEs, a REML mixed model, and naive OLS per group.
/// </summary>
public static class ModelSuite
{
    /// <summary>Name of the naive total-dose model.</summary>
    public const string NaiveTotal = "naive_total";

    /// <summary>Name of the adjusted OLS model with cluster-robust SEs.</summary>
    public const string AdjustedCr1 = "adjusted_ols_cr1";

    /// <summary>Name of the adjusted OLS model without clusters.</summary>
    public const string AdjustedOls = "adjusted_ols";

    /// <summary>Name of the mixed model.</summary>
    public const string Mixed = "mixed";

    /// <summary>Fitted models, plus the raw mixed fit for linear combinations.</summary>
    /// <param name="Models">Models in report order.</param>
    /// <param name="MixedFit">Raw mixed-model fit, when fitted.</param>
    public sealed record Fits(IReadOnlyList<ModelEstimate> Models, MixedModelResult? MixedFit);

    /// <summary>Fits every model that applies; a model that cannot be fitted becomes a note, not a failure.</summary>
    public static Fits Run(AnalysisInput input, IReadOnlyList<string> groupOrder, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(notes);
        var spec = input.Spec;
        var data = input.Data;
        var models = new List<ModelEstimate>();
        var timer = new StepTimer();
        MixedModelResult? mixedFit = null;

        Try(NaiveTotal, () => ModelFitter.FitOls(NaiveTotal, spec.Outcome, [spec.Dose], data));
        foreach (var component in spec.DoseComponents.Where(c => !IsConstant(data.Number(c))))
        {
            Try(NaiveName(component), () => ModelFitter.FitOls(NaiveName(component), spec.Outcome, [component], data));
        }

        var runs = MultipleRuns(spec, data) ? spec.RunColumns : [];
        var clusterColumns = spec.Cluster is null ? null : runs.Append(spec.Cluster).ToArray();
        var adjustedPieces = (spec.DoseComponents.Count > 0 ? spec.DoseComponents : [spec.Dose])
            .Concat(spec.Covariates)
            .Concat(spec.Moderator is null ? [] : new[] { $"{spec.Dose}:{spec.Moderator}" })
            .ToList();
        if (spec.Covariates.Count > 0 || clusterColumns is not null)
        {
            string name = clusterColumns is null ? AdjustedOls : AdjustedCr1;
            Try(name, () => ModelFitter.FitOls(name, spec.Outcome, adjustedPieces, data, null,
                clusterColumns is null ? null : new ModelFitter.ClusterSpec(clusterColumns)));
        }

        if (spec.Cluster is not null)
        {
            var mixedPieces = (spec.Moderator is null ? new[] { spec.Dose } : [$"{spec.Dose} * {spec.Moderator}"])
                .Concat(spec.Covariates.Where(c => c != spec.Moderator))
                .ToList();
            var intercepts = new List<ModelFitter.RandomIntercept>();
            foreach (var column in new[] { spec.School, spec.Cluster }.OfType<string>())
            {
                var columns = runs.Append(column).ToArray();
                intercepts.Add(new ModelFitter.RandomIntercept(string.Join(':', columns), columns));
            }

            var fitted = MixedModelScale.Choose(intercepts, data, notes);
            Try(Mixed, () =>
            {
                var model = ModelFitter.FitMixed(Mixed, spec.Outcome, mixedPieces, fitted, data, out var raw);
                mixedFit = raw;
                return model;
            });
        }

        if (spec.Group is not null && groupOrder.Count > 1)
        {
            foreach (var level in groupOrder)
            {
                string name = $"naive_total_{spec.Group}_{level}";
                string subset = $"{spec.Group} == \"{level.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
                var rows = data.WhereLabel(spec.Group, level);
                if (rows.RowCount < 5 || IsConstant(rows.Number(spec.Dose)))
                {
                    notes.Add($"{name}: {spec.Dose} does not vary (or too few rows) where {subset}; no per-group model.");
                    continue;
                }

                Try(name, () => ModelFitter.FitOls(name, spec.Outcome, [spec.Dose], rows, subset));
            }
        }

        foreach (var model in models.Where(m => m.DroppedTerms.Count > 0))
        {
            notes.Add($"{model.Name}: left out {string.Join("; ", model.DroppedTerms)}.");
        }

        return new Fits(models, mixedFit);

        void Try(string name, Func<ModelEstimate> fit)
        {
            try
            {
                models.Add(timer.Time($"  {name}", fit));
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                notes.Add($"{name} could not be fitted: {ex.Message}");
            }
        }
    }

    /// <summary>True when the data hold more than one run (design point x replication), so clusters are nested in runs.</summary>
    public static bool MultipleRuns(AnalysisSpec spec, AnalysisData data)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        return spec.RunColumns.Count > 0 && data.Combined(spec.RunColumns).Distinct(StringComparer.Ordinal).Skip(1).Any();
    }

    /// <summary>Name of the naive model of one dose component.</summary>
    public static string NaiveName(string component) => $"naive_{component}";

    private static bool IsConstant(double[] values) => values.Length == 0 || values.All(v => v == values[0]);
}
