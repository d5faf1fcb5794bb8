using OtSim.Analysis.Data;

namespace OtSim.Analysis.Pipeline;

/// <summary>One row of <c>plan_changes.csv</c> as the analysis reads it.</summary>
/// <param name="Policy">Policy.</param>
/// <param name="Run">Run label: <c>design_point:replication</c>, or the replication.</param>
/// <param name="StudentId">Student.</param>
/// <param name="Week">1-based calendar week the new plan starts.</param>
/// <param name="Reason">Why the plan changed (below_aim_line, moved_into_routine, goal_met_fade, dismissed).</param>
public sealed record PlanChangeRow(string Policy, string Run, string StudentId, int Week, string Reason)
{
    /// <summary>Reads <c>plan_changes.csv</c>; errors name the file, column and row.</summary>
    public static IReadOnlyList<PlanChangeRow> Load(string path) => From(TidyTable.Load(path));

    /// <summary>The rows of a loaded table.</summary>
    public static IReadOnlyList<PlanChangeRow> From(TidyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.RowCount == 0)
        {
            return [];
        }
        var policy = table.GetText("policy");
        var replication = table.GetText("replication");
        var student = table.GetText("student_id");
        var week = table.GetNumeric("week");
        var reason = table.GetText("reason");
        var point = table.HasColumn("design_point") ? table.GetText("design_point") : null;
        return Enumerable.Range(0, table.RowCount)
            .Select(i => new PlanChangeRow(
                policy[i], point is null ? replication[i] : $"{point[i].Trim()}:{replication[i]}", student[i], (int)week[i], reason[i]))
            .ToList();
    }
}

/// <summary>IEP changes of one reason under one policy.</summary>
/// <param name="Reason">Reason, as in plan_changes.csv.</param>
/// <param name="Changes">Changes over all runs.</param>
/// <param name="PerHundredStudents">Changes per 100 students (student-years) under the policy.</param>
public sealed record ReasonCount(string Reason, int Changes, double PerHundredStudents);

/// <summary>IEP changes and dismissals under one policy.</summary>
/// <param name="Policy">Policy.</param>
/// <param name="StudentYears">Student rows of the policy in students.csv (students x runs).</param>
/// <param name="ByReason">Changes by reason, in the order of <see cref="PlanChangeAnalysis.Reasons"/>.</param>
/// <param name="StudentsChanged">Share of student-years with at least one change.</param>
/// <param name="Dismissed">Student-years ending in dismissal.</param>
/// <param name="DismissedShare">Dismissed / student-years.</param>
/// <param name="MedianDismissalWeek">Median calendar week of dismissal (time to dismissal from the start of the year), or null without dismissals.</param>
/// <param name="MeanDismissalWeek">Mean calendar week of dismissal, or null.</param>
public sealed record PolicyPlanChanges(
    string Policy, int StudentYears, IReadOnlyList<ReasonCount> ByReason, double StudentsChanged, int Dismissed, double DismissedShare,
    double? MedianDismissalWeek, double? MeanDismissalWeek);

/// <summary>IEP changes by reason and time to dismissal, per policy (analysis.json <c>plan_changes</c>).</summary>
/// <param name="Policies">One entry per policy, in the analysis's policy order.</param>
public sealed record PlanChangeResult(IReadOnlyList<PolicyPlanChanges> Policies);

/// <summary>Summarises plan_changes.csv: how often plans changed and why, and when students were dismissed.</summary>
public static class PlanChangeAnalysis
{
    /// <summary>The reasons plan_changes.csv can hold, in reporting order.</summary>
    public static IReadOnlyList<string> Reasons { get; } = ["below_aim_line", "moved_into_routine", "goal_met_fade", "dismissed"];

    /// <summary>Summarises <paramref name="rows"/>; <paramref name="studentYears"/> gives each policy's student rows. Null without a plan_changes.csv.</summary>
    public static PlanChangeResult? Run(IReadOnlyList<PlanChangeRow>? rows, IReadOnlyDictionary<string, int> studentYears, IReadOnlyList<string> order)
    {
        ArgumentNullException.ThrowIfNull(studentYears);
        ArgumentNullException.ThrowIfNull(order);
        if (rows is null)
        {
            return null;
        }
        var policies = order.Concat(rows.Select(r => r.Policy).Where(p => !order.Contains(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var result = new List<PolicyPlanChanges>();
        foreach (string policy in policies)
        {
            var mine = rows.Where(r => r.Policy == policy).ToList();
            int years = studentYears.TryGetValue(policy, out int n) ? n : 0;
            double Per100(int count) => years > 0 ? 100.0 * count / years : double.NaN;
            var byReason = new List<ReasonCount>();
            foreach (string reason in Reasons.Concat(mine.Select(r => r.Reason).Where(r => !Reasons.Contains(r)).Distinct(StringComparer.Ordinal)))
            {
                int count = mine.Count(r => r.Reason == reason);
                byReason.Add(new ReasonCount(reason, count, Per100(count)));
            }
            int changed = mine.Select(r => (r.Run, r.StudentId)).Distinct().Count();
            var weeks = mine.Where(r => r.Reason == "dismissed").Select(r => (double)r.Week).Order().ToArray();
            result.Add(new PolicyPlanChanges(
                policy, years, byReason, years > 0 ? changed / (double)years : double.NaN, weeks.Length, years > 0 ? weeks.Length / (double)years : double.NaN,
                weeks.Length == 0 ? null : Median(weeks), weeks.Length == 0 ? null : weeks.Average()));
        }
        return new PlanChangeResult(result);
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
