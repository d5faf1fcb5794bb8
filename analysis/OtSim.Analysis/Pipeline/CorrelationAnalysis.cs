using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>A correlation as written to <c>analysis.json</c>.</summary>
/// <param name="X">First variable (a dose).</param>
/// <param name="Y">Second variable (the outcome).</param>
/// <param name="Method"><c>pearson</c> or <c>spearman</c>.</param>
/// <param name="Estimate">r or ρ.</param>
/// <param name="CiLow">Lower 95% limit (Fisher z; Spearman with the Fieller variance 1.06/(n-3)).</param>
/// <param name="CiHigh">Upper 95% limit.</param>
/// <param name="PValue">Two-sided p (R's cor.test; Spearman with exact = FALSE).</param>
/// <param name="N">Pairs.</param>
public sealed record CorrelationEstimate(string X, string Y, string Method, double Estimate, double? CiLow, double? CiHigh, double PValue, int N);

/// <summary>Naive correlations of each dose with the outcome.</summary>
public static class CorrelationAnalysis
{
    /// <summary>Pearson and Spearman for the total dose and each component that varies; constant ones are noted.</summary>
    public static IReadOnlyList<CorrelationEstimate> Run(AnalysisInput input, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(notes);
        var spec = input.Spec;
        var y = input.Data.Number(spec.Outcome);
        var result = new List<CorrelationEstimate>();
        foreach (var dose in new[] { spec.Dose }.Concat(spec.DoseComponents))
        {
            var x = input.Data.Number(dose);
            if (x.All(v => v == x[0]))
            {
                notes.Add($"{dose} is the same for every row, so it cannot be correlated with {spec.Outcome}; it is left out of the correlations and its own model.");
                continue;
            }

            result.Add(From(dose, spec.Outcome, Correlation.Pearson(x, y)));
            result.Add(From(dose, spec.Outcome, Correlation.Spearman(x, y)));
        }

        return result;
    }

    private static CorrelationEstimate From(string x, string y, CorrelationResult r) =>
        new(x, y, r.Method, r.Estimate, Finite(r.CiLow), Finite(r.CiHigh), r.PValue, r.N);

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
