using System.Globalization;

namespace OtSim.Statistics.Tests;

/// <summary>Minimal CSV reader for the fixture files (no quoting; lines starting with '#' are comments).</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _index = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static bool Exists(string name) => File.Exists(FixturePath(name));

    public static CsvTable Load(string name)
    {
        if (!Exists(name))
        {
            throw new FileNotFoundException(
                $"Fixture '{name}' is missing from {Path.GetDirectoryName(FixturePath(name))}; run Fixtures/make-fixtures.R (tests/fixtures-shared/README.md).",
                FixturePath(name));
        }

        var lines = File.ReadAllLines(FixturePath(name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        var header = lines[0].Split(',').Select(h => h.Trim().Trim('"')).ToArray();
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(c => c.Trim().Trim('"')).ToArray()).ToList();
        return new CsvTable(header, rows);
    }

    public string[] Strings(string column)
    {
        int j = _index[column];
        return Rows.Select(r => r[j]).ToArray();
    }

    public double[] Doubles(string column) =>
        Strings(column).Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    public Dictionary<string, double[]> NumericColumns(params string[] columns) =>
        columns.ToDictionary(c => c, Doubles, StringComparer.Ordinal);
}
