using OtSim.Analysis.Pipeline;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Staffing;

/// <summary>Options of a staffing search.</summary>
/// <param name="Target">What the staffing must achieve.</param>
/// <param name="Policy">The policy to staff (by name).</param>
/// <param name="MaxFte">Largest total FTE tried.</param>
/// <param name="Replications">Replications per level (simulated school years).</param>
/// <param name="Confidence">Share of replications that must meet the target (default 0.8).</param>
public sealed record StaffingSearchOptions(StaffingTarget Target, string Policy, double MaxFte, int Replications, double Confidence = 0.8);

/// <summary>
/// Runs a scenario at one therapist, two, three... (each at the scenario's FTE per therapist) up to the maximum FTE,
/// each level with the same replications, and finds the smallest staffing whose simulated school years meet the
/// target often enough. Stops early once two levels in a row met it in every replication (more staff cannot do better).
/// </summary>
public static class StaffingSearch
{
    /// <summary>The therapist counts tried for a scenario and maximum FTE.</summary>
    public static IReadOnlyList<int> Levels(Scenario scenario, double maxFte)
    {
        int most = (int)Math.Floor(maxFte / scenario.Staffing.Fte + 1e-9);
        return Enumerable.Range(1, Math.Max(0, most)).ToArray();
    }

    /// <summary>Runs the search; <paramref name="progress"/> hears each level as it is finished.</summary>
    public static async Task<StaffingAnswer> RunAsync(
        Scenario scenario, StaffingSearchOptions options, ISimulationEngine engine, Action<StaffingLevel, int>? progress, CancellationToken cancellationToken)
    {
        int policyIndex = scenario.Policies.Select(p => p.Name).ToList().IndexOf(options.Policy);
        if (policyIndex < 0)
        {
            throw new ArgumentException($"The scenario has no policy \"{options.Policy}\".", nameof(options));
        }
        var counts = Levels(scenario, options.MaxFte);
        var levels = new List<StaffingLevel>();
        StaffingLevel? recommended = null;
        bool stoppedEarly = false;
        int perfectInARow = 0;
        foreach (int therapists in counts)
        {
            var staffed = scenario with
            {
                // Listed vacancies belong to therapist ids; a level without that therapist has no such position.
                Staffing = scenario.Staffing with
                {
                    Therapists = therapists,
                    Vacancies = scenario.Staffing.Vacancies is { } v ? v with { Positions = [.. v.Positions.Where(p => p.Therapist <= therapists)] } : null,
                },
                Replications = options.Replications,
                Experiment = null,
            };
            var cells = Enumerable.Range(1, options.Replications)
                .Select(r => engine.RunCellAsync(staffed, new SimulationCell(policyIndex, r), includeWeeks: false, cancellationToken));
            var results = await Task.WhenAll(cells);
            var level = Measure(staffed, options, results);
            levels.Add(level);
            progress?.Invoke(level, counts.Count);
            if (recommended is null && level.Share >= options.Confidence)
            {
                recommended = level;
            }
            perfectInARow = level.Meeting == options.Replications ? perfectInARow + 1 : 0;
            if (perfectInARow >= 2 && therapists < counts[^1])
            {
                stoppedEarly = true;
                break;
            }
        }
        return new StaffingAnswer(scenario.Name, options.Policy, options.Target, options.Confidence, options.Replications,
            scenario.District.Students, levels, recommended, stoppedEarly);
    }

    private static StaffingLevel Measure(Scenario scenario, StaffingSearchOptions options, CellResult[] results)
    {
        var values = results.Select(r => Value(r, options.Target.Metric)).ToArray();
        int meeting = values.Count(v => v >= options.Target.Threshold - 1e-12);
        var (low, high) = Wilson.Interval(meeting, values.Length);
        var staffing = scenario.Staffing;
        double totalFte = staffing.Therapists * staffing.Fte;
        double? cost = StaffingCost.Annual(
            totalFte, staffing.SalaryPerFte, scenario.Calendar.Weeks,
            results.SelectMany(r => r.Therapists).Select(t => (t.Fte, (double)t.VacantWeeks, t.ContractCost)), results.Length);
        double metPerYear = results.Average(r => (double)r.Students.Count(s => s.GoalMet));
        return new StaffingLevel(
            staffing.Therapists, staffing.Fte, Math.Round(totalFte, 6), values, values.Average(), values.Min(), values.Max(),
            meeting, (double)meeting / values.Length, low, high, cost, cost is { } c && metPerYear > 0 ? c / metPerYear : null);
    }

    private static double Value(CellResult result, TargetMetric metric)
    {
        var students = result.Students;
        if (metric == TargetMetric.GoalsMet)
        {
            return students.Count == 0 ? 0 : (double)students.Count(s => s.GoalMet) / students.Count;
        }
        double prescribed = students.Sum(s => s.PrescribedTotal);
        return prescribed > 0 ? students.Sum(s => s.DeliveredTotal) / prescribed : 1;
    }
}
