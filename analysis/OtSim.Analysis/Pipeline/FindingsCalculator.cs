using System.Globalization;
using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>Turns model slopes into effects per meaningful step of the dose (10 hours a year for OT minutes).</summary>
public static class FindingsCalculator
{
    /// <summary>Computes the headline numbers.</summary>
    public static Findings Compute(AnalysisInput input, ModelSuite.Fits fits)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fits);
        var spec = input.Spec;
        var (step, label) = Step(input);
        var naiveModel = fits.Models.First(m => m.Name == ModelSuite.NaiveTotal);
        var naive = Scale(naiveModel.Name, naiveModel.Term(spec.Dose)!, step);

        StepEffect? adjusted = null;
        StepEffect? interaction = null;
        double? moderatorMean = null;
        if (fits.MixedFit is { } mixed && fits.Models.FirstOrDefault(m => m.Name == ModelSuite.Mixed) is { } mixedModel)
        {
            string interactionTerm = $"{spec.Dose}:{spec.Moderator}";
            if (spec.Moderator is not null && mixedModel.Term(interactionTerm) is { } inter)
            {
                moderatorMean = input.Data.Number(spec.Moderator).Average();
                var slope = ModelFitter.SlopeAt(mixed, spec.Dose, interactionTerm, moderatorMean.Value);
                adjusted = slope is null ? null : Scale(ModelSuite.Mixed, slope, step);
                interaction = Scale(ModelSuite.Mixed, inter, step);
            }
            else if (mixedModel.Term(spec.Dose) is { } dose)
            {
                adjusted = Scale(ModelSuite.Mixed, dose, step);
            }
        }
        else if (fits.Models.FirstOrDefault(m => m.Name is ModelSuite.AdjustedCr1 or ModelSuite.AdjustedOls) is { } ols && ols.Term(spec.Dose) is { } d)
        {
            adjusted = Scale(ols.Name, d, step);
        }

        return new Findings(step, label, naive, adjusted, moderatorMean, interaction);
    }

    /// <summary>The dose step: 600 minutes (10 hours a year) for OtSim, else a power of ten near the dose's SD.</summary>
    public static (double Step, string Label) Step(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Spec.IsOtSim)
        {
            return (600, "10 extra hours of OT a year (600 minutes)");
        }

        var x = input.Data.Number(input.Spec.Dose);
        double mean = x.Average();
        double sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, x.Length - 1));
        double step = sd > 0 ? Math.Pow(10, Math.Floor(Math.Log10(sd))) : 1;
        return (step, string.Create(CultureInfo.InvariantCulture, $"{step:G6} more {input.Spec.Dose}"));
    }

    private static StepEffect Scale(string model, CoefficientEstimate c, double step) =>
        new(model, c.Estimate * step, c.CiLow * step, c.CiHigh * step, c.PValue);

    private static StepEffect Scale(string model, Coefficient c, double step) =>
        new(model, c.Estimate * step, c.CiLow * step, c.CiHigh * step, c.PValue);
}
