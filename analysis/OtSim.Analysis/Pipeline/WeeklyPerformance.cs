using System.Globalization;
using System.Text;
using OtSim.Analysis.Charts;
using OtSim.Analysis.Data;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Weekly performance per policy from <c>weeks.csv</c>, streamed (the file can have millions of rows) and reduced to
/// the median and 10th/90th percentiles across students and replications.
/// </summary>
public static class WeeklyPerformance
{
    /// <summary>Reads the file and summarises it.</summary>
    /// <exception cref="DataFormatException">A required column is missing or a cell is not a number.</exception>
    public static IReadOnlyList<TrajectoryPoint> Summarise(string path)
    {
        var fileName = Path.GetFileName(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var records = CsvReader.Read(reader, fileName).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new DataFormatException($"{fileName}: the file is empty; expected a header row", fileName);
        }

        var header = records.Current.Fields.Select(h => h.Trim()).ToList();
        int policy = Index(header, "policy", fileName);
        int week = Index(header, "week", fileName);
        int performance = Index(header, "performance", fileName);
        var values = new Dictionary<(string Policy, int Week), List<double>>();
        int row = 0;
        while (records.MoveNext())
        {
            row++;
            var fields = records.Current.Fields;
            if (fields.Count != header.Count)
            {
                throw new DataFormatException($"{fileName}: row {row} has {fields.Count} values but the header has {header.Count} columns", fileName, row: row);
            }

            var w = (int)Parse(fields[week], fileName, "week", row);
            var y = Parse(fields[performance], fileName, "performance", row);
            var key = (fields[policy], w);
            if (!values.TryGetValue(key, out var list))
            {
                values[key] = list = [];
            }

            list.Add(y);
        }

        return values
            .Select(p =>
            {
                var sorted = p.Value.Order().ToArray();
                return new TrajectoryPoint(p.Key.Policy, p.Key.Week, Quantile(sorted, 0.5), Quantile(sorted, 0.1), Quantile(sorted, 0.9));
            })
            .OrderBy(p => p.Policy, StringComparer.Ordinal)
            .ThenBy(p => p.Week)
            .ToList();
    }

    /// <summary>R's default (type 7) sample quantile of sorted values.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        double position = (sorted.Count - 1) * q;
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }

    private static int Index(List<string> header, string column, string fileName)
    {
        int index = header.IndexOf(column);
        return index >= 0
            ? index
            : throw new DataFormatException($"{fileName}: there is no column \"{column}\"; the columns are: {string.Join(", ", header)}", fileName, column);
    }

    private static double Parse(string text, string fileName, string column, int row) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new DataFormatException($"{fileName}: column \"{column}\", row {row}: \"{text}\" is not a number", fileName, column, row, text);
}
