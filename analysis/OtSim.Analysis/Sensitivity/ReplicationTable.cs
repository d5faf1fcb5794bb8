using System.Globalization;
using nietras.SeparatedValues;
using OtSim.Analysis.Data;

namespace OtSim.Analysis.Sensitivity;

/// <summary>One replication of one design point and policy, summarised over its students.</summary>
/// <param name="MeanProgress">Mean progress (points).</param>
/// <param name="GoalsMetPercent">Students meeting their goal (%).</param>
/// <param name="Compliance">Mean compliance (delivered / prescribed).</param>
internal sealed record ReplicationOutcome(double MeanProgress, double GoalsMetPercent, double Compliance);

/// <summary>
/// Per (design point, policy): the outcome of each replication, read from <c>students.csv</c>; with it, how much of an
/// outcome's variance across design points is noise between replications.
/// </summary>
/// <param name="Source">The students.csv path.</param>
/// <param name="Cells">Replication outcomes per (design point, policy), in file order.</param>
/// <param name="Factors">Factor values per design point.</param>
internal sealed record ReplicationTable(string Source, IReadOnlyDictionary<(int Point, string Policy), List<ReplicationOutcome>> Cells, IReadOnlyDictionary<int, double[]> Factors)
{
    /// <summary>Reads the columns it needs from <paramref name="path"/>.</summary>
    public static ReplicationTable Read(string path, IReadOnlyList<string> factorColumns)
    {
        var sums = new Dictionary<(int, string, int), (double Progress, double Met, double Compliance, int N)>();
        var factors = new Dictionary<int, double[]>();
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path))
        {
            var needed = factorColumns.Concat(["design_point", "policy", "replication", "progress", "goal_met", "compliance"]).ToList();
            if (needed.FirstOrDefault(c => !reader.Header.ColNames.Contains(c)) is { } missing)
            {
                throw new DataFormatException($"students.csv has no column {missing}, which the sensitivity analysis of an experiment needs.", path, missing);
            }
            int point = reader.Header.IndexOf("design_point"), policy = reader.Header.IndexOf("policy"), rep = reader.Header.IndexOf("replication");
            int progress = reader.Header.IndexOf("progress"), met = reader.Header.IndexOf("goal_met"), compliance = reader.Header.IndexOf("compliance");
            var factorIndex = factorColumns.Select(reader.Header.IndexOf).ToArray();
            int line = 0;
            foreach (var r in reader)
            {
                line++;
                int dp = r[point].Parse<int>();
                var key = (dp, r[policy].ToString(), r[rep].Parse<int>());
                if (!factors.ContainsKey(dp))
                {
                    var values = new double[factorIndex.Length];
                    for (int j = 0; j < values.Length; j++)
                    {
                        values[j] = Number(r[factorIndex[j]].ToString(), path, factorColumns[j], line);
                    }
                    factors[dp] = values;
                }
                var s = sums.GetValueOrDefault(key);
                sums[key] = (s.Progress + Number(r[progress].ToString(), path, "progress", line), s.Met + Number(r[met].ToString(), path, "goal_met", line),
                    s.Compliance + Number(r[compliance].ToString(), path, "compliance", line), s.N + 1);
            }
        }
        var cells = new Dictionary<(int, string), List<ReplicationOutcome>>();
        foreach (var ((dp, policy, _), s) in sums)
        {
            if (!cells.TryGetValue((dp, policy), out var list))
            {
                cells[(dp, policy)] = list = [];
            }
            list.Add(new ReplicationOutcome(s.Progress / s.N, 100 * s.Met / s.N, s.Compliance / s.N));
        }
        return new ReplicationTable(path, cells, factors);
    }

    /// <summary>
    /// Noise share of <paramref name="outcome"/> under <paramref name="policy"/>: the mean over design points of the
    /// variance of the replication mean (s² / R), divided by the variance of the point outcomes across design points.
    /// Null with one replication (noise cannot be separated) or an outcome not in students.csv.
    /// </summary>
    public double? NoiseShare(string outcome, string policy)
    {
        Func<ReplicationOutcome, double>? pick = outcome switch
        {
            "mean_progress" => r => r.MeanProgress,
            "goals_met_percent" => r => r.GoalsMetPercent,
            "compliance" => r => r.Compliance,
            _ => null,
        };
        var lists = Cells.Where(c => c.Key.Policy == policy).Select(c => c.Value.Select(pick ?? (_ => 0)).ToArray()).ToList();
        if (pick is null || lists.Count < 2 || lists.Any(l => l.Length < 2))
        {
            return null;
        }
        double noise = lists.Average(l => Variance(l) / l.Length);
        double total = Variance(lists.Select(l => l.Average()).ToArray());
        return total > 0 ? Math.Min(1, noise / total) : null;
    }

    private static double Variance(double[] v)
    {
        double m = v.Average();
        return v.Sum(x => (x - m) * (x - m)) / (v.Length - 1);
    }

    private static double Number(string text, string path, string column, int line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
            : throw new DataFormatException($"students.csv row {line}: {column} is \"{text}\", not a number.", path, column, line, text);
}
