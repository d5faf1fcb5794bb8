using System.Globalization;
using System.Text;

namespace OtSim.Analysis.Tests.Support;

/// <summary>Seeded, realistic-looking simulator output so charts can be tried without running the simulator.</summary>
public static class SyntheticData
{
    public static readonly string[] Policies = ["pull_out", "push_in", "consult_heavy"];

    public static IReadOnlyList<SyntheticStudent> Students(int perPolicy = 150, int seed = 42)
    {
        var random = new Random(seed);
        var rows = new List<SyntheticStudent>();
        foreach (var (policy, policyIndex) in Policies.Select((p, i) => (p, i)))
        {
            for (var i = 0; i < perPolicy; i++)
            {
                var severity = random.NextDouble();
                var baseline = 70 - (40 * severity) + Normal(random, 0, 5);
                var minutes = Math.Max(0, 300 + (900 * severity) + Normal(random, 0, 150) - (policyIndex * 60));
                var collaboration = Math.Clamp(0.3 + (0.25 * policyIndex) + Normal(random, 0, 0.15), 0, 1);
                var progress = 2 + (0.006 * minutes) + (8 * collaboration) - (3 * severity) + Normal(random, 0, 3);
                rows.Add(new SyntheticStudent($"s{policyIndex}{i:D4}", policy, severity, baseline, minutes, collaboration, progress));
            }
        }

        return rows;
    }

    public static string StudentsCsv(IEnumerable<SyntheticStudent> students)
    {
        var sb = new StringBuilder("student_id,policy,severity,baseline,delivered_total_minutes,collaboration,progress\n");
        foreach (var s in students)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{s.StudentId},{s.Policy},{s.Severity:F3},{s.Baseline:F2},{s.DeliveredMinutes:F1},{s.Collaboration:F3},{s.Progress:F2}\n");
        }

        return sb.ToString();
    }

    public static double Normal(Random random, double mean, double sd)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var position = (sorted.Count - 1) * q;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
