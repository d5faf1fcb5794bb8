using System.Globalization;
using System.Text;

namespace OtSim.Analysis.Data;

/// <summary>
/// A tidy CSV table held as named text columns (one row per observation, one column per variable).
/// Values stay text until a caller asks for a column as numbers, so errors point at the exact cell.
/// </summary>
public sealed class TidyTable
{
    private static readonly string[] _missingMarkers = ["", "NA", "NaN", "null"];

    private readonly string[] _columns;
    private readonly Dictionary<string, string[]> _values;
    private readonly int[] _lines;

    private TidyTable(string fileName, string[] columns, Dictionary<string, string[]> values, int[] lines)
    {
        FileName = fileName;
        _columns = columns;
        _values = values;
        _lines = lines;
    }

    /// <summary>The file name used in error messages (no directory).</summary>
    public string FileName { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>Number of data rows (the header is not counted).</summary>
    public int RowCount => _lines.Length;

    /// <summary>Loads a CSV file with a header row.</summary>
    public static TidyTable Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Parses CSV text with a header row; <paramref name="fileName"/> is used in error messages.</summary>
    public static TidyTable Parse(string csv, string fileName)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return Read(reader, fileName);
    }

    /// <summary>Reads CSV with a header row from <paramref name="reader"/>.</summary>
    public static TidyTable Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        using var records = CsvReader.Read(reader, fileName).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new DataFormatException($"{fileName}: the file is empty; expected a header row", fileName);
        }

        var header = records.Current.Fields.Select(h => h.Trim()).ToArray();
        ValidateHeader(header, fileName);

        var cells = header.Select(_ => new List<string>()).ToArray();
        var lines = new List<int>();
        while (records.MoveNext())
        {
            var record = records.Current;
            var row = lines.Count + 1;
            if (record.Fields.Count != header.Length)
            {
                throw new DataFormatException(
                    $"{fileName}: row {row} (line {record.Line} of the file) has {record.Fields.Count} values but the header has {header.Length} columns",
                    fileName,
                    row: row);
            }

            for (var i = 0; i < header.Length; i++)
            {
                cells[i].Add(record.Fields[i]);
            }

            lines.Add(record.Line);
        }

        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            values[header[i]] = cells[i].ToArray();
        }

        return new TidyTable(fileName, header, values, lines.ToArray());
    }

    /// <summary>Whether a column of that exact name exists.</summary>
    public bool HasColumn(string column) => _values.ContainsKey(column);

    /// <summary>The column's raw text values.</summary>
    /// <exception cref="DataFormatException">The column does not exist; the message lists the available ones.</exception>
    public IReadOnlyList<string> GetText(string column) => Column(column);

    /// <summary>The column parsed as numbers (invariant culture, "." decimal point).</summary>
    /// <param name="column">Column name.</param>
    /// <param name="allowMissing">When true, empty cells and NA/NaN/null become <see cref="double.NaN"/> instead of an error.</param>
    /// <exception cref="DataFormatException">The column is missing or a cell is not a number.</exception>
    public double[] GetNumeric(string column, bool allowMissing = false)
    {
        var text = Column(column);
        var result = new double[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var cell = text[i].Trim();
            if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value))
            {
                result[i] = value;
            }
            else if (allowMissing && _missingMarkers.Contains(cell, StringComparer.OrdinalIgnoreCase))
            {
                result[i] = double.NaN;
            }
            else
            {
                var row = i + 1;
                throw new DataFormatException(
                    $"{FileName}: column \"{column}\", row {row}: \"{text[i]}\" is not a number (line {_lines[i]} of the file)",
                    FileName,
                    column,
                    row,
                    text[i]);
            }
        }

        return result;
    }

    /// <summary>A copy of this table without the named columns (used to keep flagged columns out of outputs).</summary>
    public TidyTable WithoutColumns(IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var drop = columns.ToHashSet(StringComparer.Ordinal);
        var kept = _columns.Where(c => !drop.Contains(c)).ToArray();
        var values = kept.ToDictionary(c => c, c => _values[c], StringComparer.Ordinal);
        return new TidyTable(FileName, kept, values, _lines);
    }

    private string[] Column(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (_values.TryGetValue(column, out var values))
        {
            return values;
        }

        throw new DataFormatException(
            $"{FileName}: there is no column \"{column}\"; the columns are: {string.Join(", ", _columns)}",
            FileName,
            column);
    }

    private static void ValidateHeader(string[] header, string fileName)
    {
        var empty = Array.FindIndex(header, string.IsNullOrEmpty);
        if (empty >= 0)
        {
            throw new DataFormatException($"{fileName}: header column {empty + 1} has no name", fileName);
        }

        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DataFormatException($"{fileName}: the header names column \"{duplicate.Key}\" more than once", fileName, duplicate.Key);
        }
    }
}
