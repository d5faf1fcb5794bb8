using OtSim.Analysis.Data;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// A caseload that moves (docs/MODEL.md): caseload size week by week from students.csv's <c>entry_week</c> and
/// <c>exit_week</c>, students who moved away or joined, and from evaluations.csv the referrals and the share of
/// evaluations completed on time. Per policy, as means per run (design point and replication).
/// </summary>
public static class CaseloadChurnAnalysis
{
    /// <summary>
    /// Reads the churn of an OtSim results folder; null when students.csv has no churn columns or nobody entered or
    /// left and there is no evaluations.csv. <paramref name="weeks"/> is the year's length (from the resolved scenario).
    /// </summary>
    public static CaseloadChurnResult? Load(string folder, int? weeks)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string[] used = ["policy", "replication", "design_point", "entry_week", "exit_week", "exit_reason"];
        var students = TidyTable.Load(Path.Combine(folder, "students.csv"), CsvDialect.Default, used.Contains);
        if (!students.HasColumn("entry_week") || !students.HasColumn("exit_week") || !students.HasColumn("exit_reason"))
        {
            return null;
        }
        var entry = students.GetNumeric("entry_week");
        var exit = students.GetNumeric("exit_week", allowMissing: true);
        var reason = students.GetText("exit_reason");
        string evaluationsPath = Path.Combine(folder, "evaluations.csv");
        bool hasEvaluations = File.Exists(evaluationsPath);
        if (!hasEvaluations && entry.All(e => e == 1) && exit.All(double.IsNaN))
        {
            return null;
        }
        var policy = students.GetText("policy");
        var run = RunLabels(students);
        int year = weeks ?? (int)Math.Max(entry.Max(), exit.Where(x => !double.IsNaN(x)).DefaultIfEmpty(1).Max() - 1);
        var evaluations = hasEvaluations ? EvaluationRows.Load(evaluationsPath) : null;
        var rows = new List<CaseloadPolicy>();
        foreach (string p in policy.Distinct(StringComparer.Ordinal))
        {
            var mine = Enumerable.Range(0, policy.Count).Where(i => policy[i] == p).ToArray();
            double runs = mine.Select(i => run[i]).Distinct(StringComparer.Ordinal).Count();
            var weekly = new double[year];
            foreach (int i in mine)
            {
                int last = double.IsNaN(exit[i]) ? year : (int)exit[i] - 1;
                for (int w = (int)entry[i]; w <= last; w++)
                {
                    weekly[w - 1]++;
                }
            }
            // Counted first and divided once, so a caseload of 144 in every run is 144, not 144.00000000000037.
            for (int w = 0; w < year; w++)
            {
                weekly[w] /= runs;
            }
            rows.Add(new CaseloadPolicy(
                p, weekly, mine.Count(i => reason[i] == "moved") / runs, mine.Count(i => entry[i] > 1) / runs,
                evaluations?.Summarise(p, runs)));
        }
        return new CaseloadChurnResult(year, rows);
    }

    private static IReadOnlyList<string> RunLabels(TidyTable students)
    {
        var replication = students.GetText("replication");
        if (!students.HasColumn("design_point"))
        {
            return replication;
        }
        var point = students.GetText("design_point");
        return Enumerable.Range(0, replication.Count).Select(i => point[i] + ":" + replication[i]).ToArray();
    }
}
