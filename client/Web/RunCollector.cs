using OtSim.Analysis.Pipeline;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Web;

/// <summary>
/// Accumulates a run's cells as they finish: weekly curves per policy for the live playback and the minutes/progress
/// points for the reveal's scatter. End-of-year figures come from the run's analysis (<see cref="Results"/>), the
/// same computation as report.html. Holds no student ids once a cell is added.
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
                _points.Add((result.Cell.PolicyIndex, s.DeliveredTotal / 60.0, s.Progress));
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

    /// <summary>End-of-year figures per policy, from the run's analysis; empty when the run has none.</summary>
    public IReadOnlyList<PolicyResult> Results(AnalysisFigures? figures)
    {
        if (figures?.Policies is null)
        {
            return [];
        }

        return _scenario.Policies.Select(p => figures.Policy(p.Name)).OfType<GroupSummary>().Select(g =>
        {
            var staffing = figures.StaffingOf(g.Name);
            return new PolicyResult(
                g.Name,
                g.StudentsPerReplication,
                g.MeanOutcome,
                g.GoalsMetPercent ?? 0,
                g.MeanCompliance * 100,
                g.MeanPrescribed ?? 0,
                g.MeanDose,
                staffing?.StudentsPerFte ?? 0,
                staffing is { } st && double.IsFinite(st.DemandOverCapacity) ? 100 * st.DemandOverCapacity : 0,
                g.Cost,
                g.CostPerGoalMet);
        }).ToArray();
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
        public readonly double[] WeekCount = new double[weeks];
        public readonly double[] WeekPerformance = new double[weeks];
        public readonly double[] WeekProgress = new double[weeks];
        public readonly double[] WeekOnTrack = new double[weeks];
    }
}
