using System.Globalization;
using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Keeps the mixed model affordable on large data. Nested random intercepts (classroom within school within
/// replication, as OtSim writes them) are solved block by block and stay exact at any size. When the factors are
/// coupled (crossed) so that one REML evaluation would factor a dense block of more than
/// <see cref="MaxCoupledLevels"/> levels, the model keeps only the factor with the most levels, and says so in the
/// notes: deterministic, never silent.
/// </summary>
public static class MixedModelScale
{
    /// <summary>Largest dense block of coupled random-effect levels fitted exactly (a few seconds per fit at most).</summary>
    public const int MaxCoupledLevels = 500;

    /// <summary>The random intercepts to fit: all of them, or only the largest factor when they are too coupled.</summary>
    public static IReadOnlyList<ModelFitter.RandomIntercept> Choose(
        IReadOnlyList<ModelFitter.RandomIntercept> intercepts, AnalysisData data, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(intercepts);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(notes);
        if (intercepts.Count < 2)
        {
            return intercepts;
        }

        var groupings = intercepts.Select(r => new Grouping(r.Expression, data.Combined(r.Columns))).ToList();
        int coupled = LinearMixedModel.CoupledLevels(groupings);
        if (coupled <= MaxCoupledLevels)
        {
            return intercepts;
        }

        var levels = groupings.Select(g => g.Labels.Distinct(StringComparer.Ordinal).Count()).ToList();
        int keep = levels.IndexOf(levels.Max());
        var dropped = intercepts.Where((_, k) => k != keep).Select(r => $"(1 | {r.Expression})");
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"mixed: the random intercepts are crossed, not nested ({coupled:N0} coupled levels, above the exact-fit limit of {MaxCoupledLevels:N0}), so the model was fitted with (1 | {intercepts[keep].Expression}) only, leaving out {string.Join(", ", dropped)}; its variance is absorbed into the kept intercept and the residual."));
        return [intercepts[keep]];
    }
}
