using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// One row per design point x policy (design_points.csv and the <c>design_points</c> section of analysis.json),
/// the table later sensitivity analysis reads. Shape agreed in docs/ANALYSIS.md ("design_points.csv").
/// </summary>
public static class DesignPointAnalysis
{
    /// <summary>Outcome columns, in order after the factor columns (names are stable; see docs/ANALYSIS.md).</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "policy", "baseline_policy", "replications", "students", "mean_progress", "goals_met_percent", "compliance", "therapist_hours",
        "cost_per_goal_met", "slope_per_10h", "slope_per_10h_ci_low", "slope_per_10h_ci_high", "effect_per_10h", "effect_per_10h_ci_low",
        "effect_per_10h_ci_high",
    ];

    /// <summary>The rows; empty for data without a policy column (external CSVs).</summary>
    /// <param name="input">The data.</param>
    /// <param name="order">Policies in scenario order.</param>
    /// <param name="district">The district-data models of the whole run (reused for a plain run's single design point), or null.</param>
    /// <param name="counterfactual">The whole run's contrasts (reused likewise), or null.</param>
    public static IReadOnlyList<DesignPointRow> Run(
        AnalysisInput input, IReadOnlyList<string> order, DistrictModels.Result? district = null, CounterfactualResult? counterfactual = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(order);
        var spec = input.Spec;
        if (!spec.IsOtSim || spec.Group is null || order.Count == 0)
        {
            return [];
        }

        var data = input.Data;
        var points = spec.DesignPoint is { } dp
            ? data.Levels(dp).OrderBy(l => double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.MaxValue).ToList()
            : ["0"];
        string baseline = order[0];
        var rows = new List<DesignPointRow>();
        foreach (var point in points)
        {
            var here = spec.DesignPoint is null ? data : data.WhereLabel(spec.DesignPoint, point);
            var factors = input.Factors.ToDictionary(f => f, f => here.Number(f)[0], StringComparer.Ordinal);
            int index = spec.DesignPoint is null ? 0 : int.Parse(point, CultureInfo.InvariantCulture) - 1;
            foreach (var policy in order)
            {
                var mine = here.WhereLabel(spec.Group, policy);
                if (mine.RowCount == 0)
                {
                    continue;
                }

                rows.Add(Describe(input, here, mine, point, index, factors, policy, baseline, order, spec.DesignPoint is null ? district : null, spec.DesignPoint is null ? counterfactual : null));
            }
        }

        return rows;
    }

    /// <summary>design_points.csv: header and rows, invariant culture, round-trip numbers, empty cell when not estimable.</summary>
    public static string ToCsv(IReadOnlyList<DesignPointRow> rows, IReadOnlyList<string> factors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(factors);
        var text = new StringBuilder();
        text.Append(string.Join(',', new[] { "design_point" }.Concat(factors).Concat(Columns))).Append('\n');
        foreach (var r in rows)
        {
            var cells = new List<string> { r.DesignPoint.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(factors.Select(f => N(r.Factors[f])));
            cells.AddRange([
                Text(r.Policy), Text(r.BaselinePolicy), r.Replications.ToString(CultureInfo.InvariantCulture), r.Students.ToString(CultureInfo.InvariantCulture),
                N(r.MeanProgress), N(r.GoalsMetPercent), N(r.Compliance), N(r.TherapistHours), N(r.CostPerGoalMet),
                N(r.SlopePer10h), N(r.SlopePer10hCiLow), N(r.SlopePer10hCiHigh), N(r.EffectPer10h), N(r.EffectPer10hCiLow), N(r.EffectPer10hCiHigh)]);
            text.Append(string.Join(',', cells)).Append('\n');
        }

        return text.ToString();
    }

    private static DesignPointRow Describe(
        AnalysisInput input, AnalysisData point, AnalysisData rows, string label, int index, Dictionary<string, double> factors,
        string policy, string baseline, IReadOnlyList<string> order, DistrictModels.Result? district, CounterfactualResult? counterfactual)
    {
        var spec = input.Spec;
        int replications = spec.Replication is { } r ? rows.Levels(r).Count : 1;
        double? Mean(string column) => rows.Numeric.TryGetValue(column, out var v) ? v.Average() : null;
        double? goals = Mean("goal_met") * 100;
        double? hours = null;
        double? costPerGoal = null;
        if (input.Therapists is { Count: > 0 } therapists)
        {
            var mine = therapists.Where(t => t.Policy == policy && (spec.DesignPoint is null || t.DesignPoint == label)).ToList();
            if (mine.Count > 0)
            {
                hours = mine.Sum(t => t.TherapistMinutes) / 60.0 / replications;
                double met = rows.Numeric.TryGetValue("goal_met", out var m) ? m.Sum() / replications : 0;
                double? cost = StaffingCost.Annual(
                    mine.Sum(t => t.Fte) / replications, input.Scenario?.SalaryPerFte ?? 0, input.Scenario?.Weeks ?? 36,
                    mine.Select(t => t.CostInputs), replications);
                costPerGoal = cost is { } c && met > 0 ? c / met : null;
            }
        }

        string subset = spec.DesignPoint is null
            ? DistrictModels.Subset(spec.Group!, policy)
            : $"{spec.DesignPoint} == {label} & {DistrictModels.Subset(spec.Group!, policy)}";
        // A plain run is one design point: its models and contrasts are the whole run's, so they are not fitted twice.
        var slope = (district is not null && district.Slopes.TryGetValue(policy, out var fitted) ? fitted : DistrictModels.FitSubset(input, rows, order, subset))?.Term(spec.Dose);
        ContrastEstimate? effect = null;
        var known = counterfactual?.Contrasts.FirstOrDefault(c => (c.Policy, c.Versus) == (policy, baseline) || (c.Policy, c.Versus) == (baseline, policy));
        if (policy != baseline && known is not null)
        {
            effect = known.EffectPer10Hours;
        }
        else if (policy != baseline && counterfactual is null && CounterfactualAnalysis.Compare(input, point, baseline, policy) is { } c)
        {
            effect = c.Contrast.EffectPer10Hours;
        }

        return new DesignPointRow(
            index, factors, policy, baseline, replications, rows.RowCount, Mean(spec.Outcome)!.Value, goals, Mean("compliance"), hours, costPerGoal,
            slope?.Estimate * 600, slope?.CiLow * 600, slope?.CiHigh * 600, effect?.Estimate, effect?.CiLow, effect?.CiHigh);
    }

    private static string N(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Text(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal)
        ? $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : s;
}

/// <summary>One design point x policy (see <see cref="DesignPointAnalysis.Columns"/> and docs/ANALYSIS.md).</summary>
/// <param name="DesignPoint">0-based design point (students.csv's 1-based <c>design_point</c> minus 1; 0 for a plain run).</param>
/// <param name="Factors">Factor values at this point, by factor column.</param>
/// <param name="Policy">Policy.</param>
/// <param name="BaselinePolicy">Policy the counterfactual effect is against (the scenario's first).</param>
/// <param name="Replications">Replications.</param>
/// <param name="Students">Student-years in this row.</param>
/// <param name="MeanProgress">Mean progress (points).</param>
/// <param name="GoalsMetPercent">Students meeting their goal, %.</param>
/// <param name="Compliance">Mean delivered/prescribed over students (0-1).</param>
/// <param name="TherapistHours">Delivered therapist hours per replication.</param>
/// <param name="CostPerGoalMet">Salary cost per goal met, per replication; null when no goal met or no salary.</param>
/// <param name="SlopePer10h">Within-service-model adjusted slope, points per 10 delivered hours.</param>
/// <param name="SlopePer10hCiLow">Lower 95% limit.</param>
/// <param name="SlopePer10hCiHigh">Upper 95% limit.</param>
/// <param name="EffectPer10h">Counterfactual effect vs the baseline policy, points per 10 delivered hours.</param>
/// <param name="EffectPer10hCiLow">Lower 95% limit.</param>
/// <param name="EffectPer10hCiHigh">Upper 95% limit.</param>
public sealed record DesignPointRow(
    int DesignPoint,
    IReadOnlyDictionary<string, double> Factors,
    string Policy,
    string BaselinePolicy,
    int Replications,
    int Students,
    double MeanProgress,
    double? GoalsMetPercent,
    double? Compliance,
    double? TherapistHours,
    double? CostPerGoalMet,
    [property: JsonPropertyName("slope_per_10h")] double? SlopePer10h,
    [property: JsonPropertyName("slope_per_10h_ci_low")] double? SlopePer10hCiLow,
    [property: JsonPropertyName("slope_per_10h_ci_high")] double? SlopePer10hCiHigh,
    [property: JsonPropertyName("effect_per_10h")] double? EffectPer10h,
    [property: JsonPropertyName("effect_per_10h_ci_low")] double? EffectPer10hCiLow,
    [property: JsonPropertyName("effect_per_10h_ci_high")] double? EffectPer10hCiHigh);
