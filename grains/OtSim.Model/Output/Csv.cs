using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace OtSim.Model.Output;

/// <summary>
/// Number and text formatting shared by the CSV writers: invariant culture, fixed rounding, so files are byte-identical
/// across runs. Rows are written with Sep (comma, RFC 4180 quoting of cells that hold a comma, quote or line break, and
/// a line feed after every row).
/// </summary>
public static class Csv
{
    /// <summary>The format of every non-integer number: rounded to 4 decimals, trailing zeros dropped.</summary>
    public const string NumberFormat = "0.####";

    [ThreadStatic]
    private static RowFormatter? _rowFormatter;

    /// <summary>A number rounded to 4 decimals with trailing zeros dropped.</summary>
    public static string Number(double value) => value.ToString(NumberFormat, CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text cell, quoted when it holds a comma, quote or line break.</summary>
    public static string Text(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    /// <summary>Sets a writer cell to <paramref name="value"/> formatted as <see cref="Number"/> (same text, less work).</summary>
    public static void SetNumber(this SepWriter.Col col, double value)
    {
        Span<char> text = stackalloc char[FourDecimals.MaxLength];
        col.Set(text[..FourDecimals.Format(value, text)]);
    }

    /// <summary>
    /// A Sep writer for rows without a header (the callers write their own header line): comma separated, invariant
    /// culture, text cells escaped as <see cref="Text"/> does.
    /// </summary>
    public static SepWriter RowWriter(TextWriter target) =>
        Sep.New(',').Writer(o => o with { WriteHeader = false, Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(target, leaveOpen: true);

    /// <summary>
    /// Splits a row prefix as written before every row of an experiment cell (e.g. <c>3,0.5,</c>: design point and
    /// factor levels, text levels already quoted) back into cell values, so the row writer can write them as cells.
    /// </summary>
    public static string[] PrefixCells(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
        {
            return [];
        }

        string line = prefix.EndsWith(',') ? prefix[..^1] : prefix;
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(line);
        if (!reader.MoveNext())
        {
            return [];
        }

        var row = reader.Current;
        var cells = new string[row.ColCount];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].ToString();
        }

        return cells;
    }

    /// <summary>What <paramref name="write"/> writes to a stream (UTF-8), as text: a cell's rows for tests and small callers.</summary>
    internal static string Written(Action<Stream> write)
    {
        using var bytes = new MemoryStream();
        write(bytes);
        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    /// <summary>Sets the first cells of <paramref name="row"/> to <paramref name="cells"/>; returns the next column.</summary>
    internal static int SetCells(SepWriter.Row row, ReadOnlySpan<string> cells)
    {
        int c = 0;
        foreach (string cell in cells)
        {
            row[c++].Set(cell);
        }

        return c;
    }

    /// <summary>One row as text without its line ending (slow path for tests and checks; files use a <see cref="RowWriter"/>).</summary>
    internal static string FormatRow(Action<SepWriter> write)
    {
        _rowFormatter ??= new RowFormatter();
        return _rowFormatter.Format(write);
    }

    private sealed class RowFormatter
    {
        private readonly StringWriter _text = new(CultureInfo.InvariantCulture);
        private readonly SepWriter _writer;

        // One writer serves rows of every file on this thread, so rows may have different column counts.
        public RowFormatter() => _writer = Sep.New(',')
            .Writer(o => o with
            {
                WriteHeader = false,
                Escape = true,
                CultureInfo = CultureInfo.InvariantCulture,
                DisableColCountCheck = true,
                ColNotSetOption = SepColNotSetOption.Skip,
            })
            .To(_text, leaveOpen: true);

        public string Format(Action<SepWriter> write)
        {
            write(_writer);
            _writer.Flush();
            StringBuilder sb = _text.GetStringBuilder();
            int end = sb.Length;
            while (end > 0 && (sb[end - 1] == '\n' || sb[end - 1] == '\r'))
            {
                end--;
            }

            string row = sb.ToString(0, end);
            sb.Clear();
            return row;
        }
    }
}
