using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Web;

/// <summary>
/// Accumulates a run's cells as they finish: weekly curves per policy, end-of-year figures (the same sums as the
/// command line's summary) and the minutes/progress points for the reveal. Holds no student ids once a cell is added.
/// </summary>
public sealed class RunCollector
{
    private readonly Scenario _scenario;
    private readonly PolicyTotals[] _policies;
    private readonly double[] _expectedByWeek;
    private readonly List<(int Policy, double Hours, double Progress)> _points = [];
    private readonly Lock _lock = new();

    /// <summary>Starts empty.</summary>
    public RunCollector(Scenario scenario)
    {
        _scenario = scenario;
        int weeks = scenario.Calendar.Weeks;
        _policies = scenario.Policies.Select(_ => new PolicyTotals(weeks)).ToArray();
        // The goal pro-rated over school weeks: no progress is expected during holidays.
        var holidays = scenario.Calendar.HolidayWeeks.ToHashSet();
        int schoolWeeks = Enumerable.Range(1, weeks).Count(w => !holidays.Contains(w));
        _expectedByWeek = new double[weeks];
        int elapsed = 0;
        for (int w = 1; w <= weeks; w++)
        {
            elapsed += holidays.Contains(w) ? 0 : 1;
            _expectedByWeek[w - 1] = scenario.Parameters.GoalGainPoints * elapsed / Math.Max(1, schoolWeeks);
        }
    }

    /// <summary>Adds one finished cell (with its weekly records).</summary>
    public void Add(CellResult result)
    {
        var baseline = result.Students.ToDictionary(s => s.StudentId, s => s.Baseline);
        lock (_lock)
        {
            var totals = _policies[result.Cell.PolicyIndex];
            totals.Replications++;
            foreach (var s in result.Students)
            {
                totals.Students++;
                totals.Progress += s.Progress;
                totals.Met += s.GoalMet ? 1 : 0;
                totals.Prescribed += s.PrescribedTotal;
                totals.Delivered += s.DeliveredTotal;
                _points.Add((result.Cell.PolicyIndex, s.DeliveredTotal / 60.0, s.Progress));
            }
            foreach (var t in result.Therapists)
            {
                totals.Caseload += t.Caseload;
                totals.Fte += t.Fte;
                totals.Capacity += t.CapacityMinutes;
                totals.Demand += t.DemandMinutes;
            }
            foreach (var w in result.Weeks)
            {
                int i = w.Week - 1;
                if (i < 0 || i >= _expectedByWeek.Length || !baseline.TryGetValue(w.StudentId, out double start))
                {
                    continue;
                }
                double progress = w.Performance - start;
                totals.WeekCount[i]++;
                totals.WeekPerformance[i] += w.Performance;
                totals.WeekProgress[i] += progress;
                totals.WeekOnTrack[i] += progress >= _expectedByWeek[i] ? 1 : 0;
            }
        }
    }

    /// <summary>A policy's weekly curve over the replications finished so far.</summary>
    public PolicyWeeks Weeks(int policyIndex)
    {
        lock (_lock)
        {
            var t = _policies[policyIndex];
            var points = new WeekPoint[_expectedByWeek.Length];
            for (int i = 0; i < points.Length; i++)
            {
                double n = Math.Max(1, t.WeekCount[i]);
                points[i] = new WeekPoint(i + 1, Round(t.WeekPerformance[i] / n), Round(t.WeekProgress[i] / n), Round(100 * t.WeekOnTrack[i] / n));
            }
            return new PolicyWeeks(_scenario.Policies[policyIndex].Name, t.Replications, points);
        }
    }

    /// <summary>End-of-year figures per policy.</summary>
    public IReadOnlyList<PolicyResult> Results()
    {
        lock (_lock)
        {
            var staffing = _scenario.Staffing;
            double? cost = staffing.SalaryPerFte > 0 ? staffing.Therapists * staffing.Fte * staffing.SalaryPerFte : null;
            return _policies.Select((t, p) =>
            {
                double n = Math.Max(1, t.Students);
                double metPerReplication = t.Met / Math.Max(1, t.Replications);
                return new PolicyResult(
                    _scenario.Policies[p].Name,
                    t.Students / Math.Max(1, t.Replications),
                    t.Progress / n,
                    100 * t.Met / n,
                    t.Prescribed > 0 ? 100 * t.Delivered / t.Prescribed : null,
                    t.Prescribed / n,
                    t.Delivered / n,
                    t.Fte > 0 ? t.Caseload / t.Fte : 0,
                    t.Capacity > 0 ? 100 * t.Demand / t.Capacity : 0,
                    cost,
                    cost is { } c && metPerReplication > 0 ? c / metPerReplication : null);
            }).ToArray();
        }
    }

    /// <summary>Every student-year's delivered hours and progress, with its policy index (no ids).</summary>
    public IReadOnlyList<(int Policy, double Hours, double Progress)> Points()
    {
        lock (_lock)
        {
            return _points.ToArray();
        }
    }

    private static double Round(double value) => Math.Round(value, 3);

    private sealed class PolicyTotals(int weeks)
    {
        public int Replications;
        public double Students, Progress, Met, Prescribed, Delivered, Caseload, Fte, Capacity, Demand;
        public readonly double[] WeekCount = new double[weeks];
        public readonly double[] WeekPerformance = new double[weeks];
        public readonly double[] WeekProgress = new double[weeks];
        public readonly double[] WeekOnTrack = new double[weeks];
    }
}
