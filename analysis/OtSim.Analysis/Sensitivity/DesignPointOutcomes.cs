using System.Globalization;
using nietras.SeparatedValues;
using OtSim.Analysis.Data;

namespace OtSim.Analysis.Sensitivity;

/// <summary>
/// The outcomes of every design point and policy of an experiment run, in design order: read from
/// <c>design_points.csv</c> (its agreed shape: design_point, factor columns, policy, …, the six outcomes), or — for a
/// results folder analysed before that file existed — the three outcomes that <c>students.csv</c> gives directly.
/// </summary>
/// <param name="Source">The file the values came from.</param>
/// <param name="Points">Design point numbers, ascending (row i of the design is Points[i]).</param>
/// <param name="Factors">Factor values per point, in factor column order.</param>
/// <param name="Policies">Policies in the order they appear.</param>
/// <param name="Values">Per (column, policy): one value per point, null where not estimable.</param>
internal sealed record DesignPointOutcomes(
    string Source,
    IReadOnlyList<int> Points,
    IReadOnlyList<double[]> Factors,
    IReadOnlyList<string> Policies,
    IReadOnlyDictionary<(string Column, string Policy), double?[]> Values)
{
    /// <summary>The outcomes sensitivity analysis reports, in report order.</summary>
    public static readonly string[] Outcomes = ["slope_per_10h", "effect_per_10h", "mean_progress", "goals_met_percent", "compliance", "cost_per_goal_met"];

    /// <summary>Extra columns read for scenario discovery.</summary>
    public const string EffectLow = "effect_per_10h_ci_low";

    /// <summary>Reads <c>design_points.csv</c> of <paramref name="folder"/> (or its text, when given), or null when it is absent.</summary>
    public static DesignPointOutcomes? ReadDesignPoints(string folder, IReadOnlyList<string> factorColumns, string? text = null)
    {
        string path = Path.Combine(folder, "design_points.csv");
        if (text is null && !File.Exists(path))
        {
            return null;
        }
        using var reader = text is null
            ? Sep.Reader(o => o with { Unescape = true }).FromFile(path)
            : Sep.Reader(o => o with { Unescape = true }).FromText(text);
        var header = reader.Header.ColNames;
        var wanted = Outcomes.Append(EffectLow).Where(header.Contains).ToList();
        foreach (string required in factorColumns.Prepend("design_point").Append("policy"))
        {
            if (!header.Contains(required))
            {
                throw new DataFormatException($"design_points.csv has no column {required}; it needs design_point, one column per factor and policy.", path, required);
            }
        }
        var rows = new List<(int Point, string Policy, double[] Factors, Dictionary<string, double?> Values)>();
        int line = 0;
        foreach (var r in reader)
        {
            line++;
            int point = ParseInt(r["design_point"].ToString(), path, "design_point", line);
            var factors = new double[factorColumns.Count];
            for (int j = 0; j < factors.Length; j++)
            {
                string c = factorColumns[j];
                factors[j] = Parse(r[c].ToString(), path, c, line) ?? throw new DataFormatException($"design_points.csv row {line}: {c} is empty.", path, c, line);
            }
            var values = new Dictionary<string, double?>();
            foreach (string c in wanted)
            {
                values[c] = Parse(r[c].ToString(), path, c, line);
            }
            rows.Add((point, r["policy"].ToString(), factors, values));
        }
        return Build(path, rows, wanted);
    }

    /// <summary>Mean progress, goals met (%) and compliance per design point and policy from <c>students.csv</c> (replications averaged).</summary>
    public static DesignPointOutcomes FromStudents(ReplicationTable students, IReadOnlyList<string> factorColumns)
    {
        var rows = new List<(int Point, string Policy, double[] Factors, Dictionary<string, double?> Values)>();
        foreach (var ((point, policy), reps) in students.Cells)
        {
            var values = new Dictionary<string, double?>
            {
                ["mean_progress"] = reps.Average(r => r.MeanProgress),
                ["goals_met_percent"] = reps.Average(r => r.GoalsMetPercent),
                ["compliance"] = reps.Average(r => r.Compliance),
            };
            rows.Add((point, policy, students.Factors[point], values));
        }
        return Build(students.Source, rows, ["mean_progress", "goals_met_percent", "compliance"]);
    }

    private static DesignPointOutcomes Build(string source, List<(int Point, string Policy, double[] Factors, Dictionary<string, double?> Values)> rows, IReadOnlyList<string> columns)
    {
        var points = rows.Select(r => r.Point).Distinct().Order().ToList();
        var policies = rows.Select(r => r.Policy).Distinct().ToList();
        var index = points.Select((p, i) => (p, i)).ToDictionary(t => t.p, t => t.i);
        var factors = new double[points.Count][];
        var values = new Dictionary<(string, string), double?[]>();
        foreach (string column in columns)
        {
            foreach (string policy in policies)
            {
                values[(column, policy)] = new double?[points.Count];
            }
        }
        var seen = new HashSet<(int, string)>();
        foreach (var row in rows)
        {
            if (!seen.Add((row.Point, row.Policy)))
            {
                throw new DataFormatException($"{Path.GetFileName(source)}: design point {row.Point} appears twice for policy {row.Policy}.", source, "design_point");
            }
            int i = index[row.Point];
            factors[i] = row.Factors;
            foreach (string column in columns)
            {
                values[(column, row.Policy)][i] = row.Values[column];
            }
        }
        if (seen.Count != points.Count * policies.Count)
        {
            throw new DataFormatException($"{Path.GetFileName(source)}: not every design point has a row for every policy ({seen.Count} rows for {points.Count} points x {policies.Count} policies).", source, "policy");
        }
        return new DesignPointOutcomes(source, points, factors, policies, values);
    }

    private static int ParseInt(string text, string path, string column, int line) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v
            : throw new DataFormatException($"{Path.GetFileName(path)} row {line}: {column} is \"{text}\", not a whole number.", path, column, line, text);

    private static double? Parse(string text, string path, string column, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v
            : throw new DataFormatException($"{Path.GetFileName(path)} row {line}: {column} is \"{text}\", not a number (an empty cell means not estimable).", path, column, line, text);
    }
}
