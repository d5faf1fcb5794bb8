using System.Text;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;

namespace OtSim.Analysis.Data;

/// <summary>
/// A tidy CSV table (one row per observation, one column per variable), read with Sep. Columns are typed as they are
/// read: numbers are held as doubles, text only where a column holds text, so a 3-million-row file takes about
/// 8 bytes a row per numeric column. Errors still point at the exact cell (file, column, row and file line).
/// </summary>
/// <remarks>
/// An unnamed first column (R's <c>write.csv</c> writes row names under the header <c>""</c>) is left out, and
/// <see cref="RowNamesDropped"/> says so. Only the columns a caller keeps are held in full; every column keeps its
/// first <see cref="SampleRows"/> cells as text for the personal-data screen.
/// </remarks>
public sealed partial class TidyTable
{
    /// <summary>Rows of every column kept as text for screening (<see cref="Sample"/>).</summary>
    public const int SampleRows = 10_000;

    private readonly List<string> _columns;
    private readonly Dictionary<string, TableColumn> _data;
    private readonly Dictionary<string, List<string>> _samples;
    private readonly int[] _lines;

    private TidyTable(string fileName, List<string> columns, Dictionary<string, TableColumn> data, Dictionary<string, List<string>> samples, int[] lines, bool rowNamesDropped)
    {
        FileName = fileName;
        _columns = columns;
        _data = data;
        _samples = samples;
        _lines = lines;
        RowNamesDropped = rowNamesDropped;
    }

    /// <summary>The file name used in error messages (no directory).</summary>
    public string FileName { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>Number of data rows (the header is not counted).</summary>
    public int RowCount => _lines.Length;

    /// <summary>True when the file's first column had no name (R row names) and was left out.</summary>
    public bool RowNamesDropped { get; }

    /// <summary>Loads a CSV file with a header row, every column in full.</summary>
    public static TidyTable Load(string path) => Load(path, CsvDialect.Default, null);

    /// <summary>Loads a CSV file with a header row; only columns for which <paramref name="keep"/> is true (all when null) are held in full.</summary>
    public static TidyTable Load(string path, CsvDialect dialect, Func<string, bool>? keep)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return Read(reader, Path.GetFileName(path), dialect, keep);
    }

    /// <summary>Parses CSV text with a header row; <paramref name="fileName"/> is used in error messages.</summary>
    public static TidyTable Parse(string csv, string fileName, CsvDialect? dialect = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return Read(reader, fileName, dialect ?? CsvDialect.Default, null);
    }

    /// <summary>Reads CSV with a header row from <paramref name="reader"/>.</summary>
    public static TidyTable Read(TextReader reader, string fileName) => Read(reader, fileName, CsvDialect.Default, null);

    /// <summary>Reads CSV with a header row; see <see cref="Load(string, CsvDialect, Func{string, bool}?)"/>.</summary>
    public static TidyTable Read(TextReader reader, string fileName, CsvDialect dialect, Func<string, bool>? keep)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(dialect);
        using var sep = CsvReader.Open(reader, dialect);
        string[]? header = null;
        bool rowNames = false;
        int skip = 0;
        TableColumn?[] data = [];
        List<string>[] samples = [];
        var lines = new List<int>();
        foreach (var row in sep)
        {
            if (CsvReader.IsBlank(row))
            {
                continue;
            }

            CsvReader.CheckQuotes(row, fileName);
            if (header is null)
            {
                var names = new string[row.ColCount];
                for (int i = 0; i < names.Length; i++)
                {
                    names[i] = row[i].ToString().Trim();
                }

                CheckSeparator(names, row.Span.ToString(), dialect, fileName);
                rowNames = names.Length > 1 && names[0].Length == 0;
                skip = rowNames ? 1 : 0;
                header = names[skip..];
                ValidateHeader(header, fileName, skip);
                data = header.Select(h => keep is null || keep(h) ? new TableColumn() : null).ToArray();
                samples = header.Select(_ => new List<string>()).ToArray();
                continue;
            }

            int dataRow = lines.Count + 1;
            if (row.ColCount != header.Length + skip)
            {
                throw new DataFormatException(
                    $"{fileName}: row {dataRow} (line {row.LineNumberFrom} of the file) has {row.ColCount - skip} values but the header has {header.Length} columns",
                    fileName,
                    row: dataRow);
            }

            bool sample = lines.Count < SampleRows;
            for (int i = 0; i < header.Length; i++)
            {
                var cell = row[i + skip].Span;
                data[i]?.Add(cell, dialect.DecimalComma);
                if (sample)
                {
                    samples[i].Add(cell.ToString());
                }
            }

            lines.Add(row.LineNumberFrom);
        }

        if (header is null)
        {
            throw new DataFormatException($"{fileName}: the file is empty; expected a header row", fileName);
        }

        var kept = new Dictionary<string, TableColumn>(StringComparer.Ordinal);
        var sampled = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            if (data[i] is { } column)
            {
                kept[header[i]] = column;
            }

            sampled[header[i]] = samples[i];
        }

        return new TidyTable(fileName, [.. header], kept, sampled, [.. lines], rowNames);
    }

    /// <summary>Whether a column of that exact name exists.</summary>
    public bool HasColumn(string column) => _samples.ContainsKey(column);

    /// <summary>Whether a column holds any text (a cell that is neither a number nor a missing marker).</summary>
    public bool IsText(string column) => Column(column).IsText;

    /// <summary>The first <see cref="SampleRows"/> cells of any column, as written in the file.</summary>
    public IReadOnlyList<string> Sample(string column)
    {
        Column(column, requireLoaded: false);
        return _samples[column];
    }

    /// <summary>The column's values as text (numbers in their shortest round-trip form).</summary>
    /// <exception cref="DataFormatException">The column does not exist; the message lists the available ones.</exception>
    public IReadOnlyList<string> GetText(string column) => Column(column).Text();

    /// <summary>The column parsed as numbers (invariant culture; a decimal comma only with <see cref="CsvDialect.DecimalComma"/>).</summary>
    /// <param name="column">Column name.</param>
    /// <param name="allowMissing">When true, empty cells and NA/NaN/null/Inf become <see cref="double.NaN"/> instead of an error.</param>
    /// <exception cref="DataFormatException">The column is missing or a cell is not a finite number.</exception>
    public double[] GetNumeric(string column, bool allowMissing = false)
    {
        var data = Column(column);
        if (data.IsText)
        {
            var text = data.Text();
            for (int i = 0; i < text.Length; i++)
            {
                if (!TableColumn.TryParse(text[i], decimalComma: false, out _) && !(allowMissing && TableColumn.IsMissingMarker(text[i])))
                {
                    throw NotANumber(column, i, text[i]);
                }
            }
        }

        if (!allowMissing && data.FirstNotNumber is { } bad)
        {
            throw NotANumber(column, bad.Index, bad.Text);
        }

        return data.Numbers();
    }

    /// <summary>A copy of this table without the named columns (used to keep flagged columns out of outputs).</summary>
    public TidyTable WithoutColumns(IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var drop = columns.ToHashSet(StringComparer.Ordinal);
        var kept = _columns.Where(c => !drop.Contains(c)).ToList();
        return new TidyTable(
            FileName,
            kept,
            _data.Where(p => !drop.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            _samples.Where(p => !drop.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            _lines,
            RowNamesDropped);
    }

    /// <summary>The 1-based file line of a 0-based data row.</summary>
    public int LineOf(int index) => _lines[index];

    private DataFormatException NotANumber(string column, int index, string text)
    {
        int row = index + 1;
        string what = TableColumn.IsMissingMarker(text)
            ? "is a missing value; the analysis needs a number in every row (remove or impute missing values first)"
            : DecimalCommaPattern().IsMatch(text.Trim())
                ? "is not a number (a decimal comma? add --decimal-comma, and --separator ';' if values are separated by semicolons)"
                : "is not a number";
        return new DataFormatException(
            $"{FileName}: column \"{column}\", row {row}: \"{text}\" {what} (line {_lines[index]} of the file)",
            FileName,
            column,
            row,
            text);
    }

    private TableColumn Column(string column, bool requireLoaded = true)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (_data.TryGetValue(column, out var values))
        {
            return values;
        }

        if (_samples.ContainsKey(column))
        {
            return requireLoaded ? throw new InvalidOperationException($"Column '{column}' was read for screening only.") : null!;
        }

        throw new DataFormatException(
            $"{FileName}: there is no column \"{column}\"; the columns are: {string.Join(", ", _columns)}",
            FileName,
            column);
    }

    private static void CheckSeparator(string[] header, string line, CsvDialect dialect, string fileName)
    {
        if (header.Length != 1)
        {
            return;
        }

        string hint = SeparatorHint(line, dialect);
        if (hint.Length > 0)
        {
            throw new DataFormatException($"{fileName}: the header is one column, \"{line}\"{hint}", fileName);
        }
    }

    private static string SeparatorHint(string line, CsvDialect dialect)
    {
        foreach (char other in CsvDialect.Separators.Where(s => s != dialect.Separator))
        {
            if (line.Contains(other, StringComparison.Ordinal))
            {
                string name = other == '\t' ? "tab" : other.ToString();
                string flags = other == ';' ? "--separator ';' --decimal-comma (R's write.csv2 and spreadsheets in many European locales write ';' with decimal commas)" : $"--separator '{name}'";
                return $"; the values look separated by '{name}', not '{dialect.SeparatorName}': add {flags}";
            }
        }

        return string.Empty;
    }

    private static void ValidateHeader(string[] header, string fileName, int skipped)
    {
        var empty = Array.FindIndex(header, string.IsNullOrEmpty);
        if (empty >= 0)
        {
            throw new DataFormatException($"{fileName}: header column {empty + 1 + skipped} has no name", fileName);
        }

        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DataFormatException($"{fileName}: the header names column \"{duplicate.Key}\" more than once", fileName, duplicate.Key);
        }
    }

    [GeneratedRegex(@"^-?\d+,\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalCommaPattern();
}
