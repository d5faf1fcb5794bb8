using System.Globalization;
using nietras.SeparatedValues;

namespace OtSim.Sensitivity.Files;

/// <summary>Named numeric columns read from any CSV with a header (other columns are ignored).</summary>
public static class NumericTable
{
    /// <summary>
    /// Reads <paramref name="columns"/> from <paramref name="csvPath"/>: <c>result[row][column]</c> in the order asked.
    /// A missing column, or a cell that is empty or not a finite number, throws <see cref="SensitivityException"/>
    /// naming the file, row and column.
    /// </summary>
    public static double[][] Read(string csvPath, IReadOnlyList<string> columns)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csvPath);
        var names = reader.Header.ColNames;
        var index = new int[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            if (!names.Contains(columns[c]))
            {
                throw new SensitivityException($"{csvPath}: no column \"{columns[c]}\"; columns are {string.Join(", ", names)}.");
            }
            index[c] = reader.Header.IndexOf(columns[c]);
        }
        var rows = new List<double[]>();
        foreach (var r in reader)
        {
            var values = new double[columns.Count];
            for (int c = 0; c < columns.Count; c++)
            {
                string cell = r[index[c]].ToString();
                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                {
                    throw new SensitivityException($"{csvPath}: row {rows.Count + 1}, column {columns[c]}: \"{cell}\" is not a finite number.");
                }
                values[c] = v;
            }
            rows.Add(values);
        }
        if (rows.Count == 0)
        {
            throw new SensitivityException($"{csvPath}: no data rows.");
        }
        return rows.ToArray();
    }
}
