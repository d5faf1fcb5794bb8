using System.Globalization;

namespace OtSim.Analysis.Data;

/// <summary>
/// One column of a <see cref="TidyTable"/>, typed as it is read: numbers as doubles (8 bytes a row) until a cell is
/// text, then text with repeated values shared. Cells that are not numbers in a numeric column (missing markers such
/// as NA, empty, NaN, Inf) are kept aside with their text so errors can quote them.
/// </summary>
internal sealed class TableColumn
{
    private const int MaxInterned = 100_000;

    private double[] _numbers = new double[1024];
    private string[]? _text;
    private Dictionary<int, string>? _notNumbers;
    private Dictionary<string, string>? _interned;
    private int _count;

    /// <summary>True once any cell was text (not a number nor a missing marker).</summary>
    public bool IsText => _text is not null;

    /// <summary>Rows held.</summary>
    public int Count => _count;

    /// <summary>The first cell of a numeric column that is not a finite number (a missing marker), if any.</summary>
    public (int Index, string Text)? FirstNotNumber =>
        _notNumbers is { Count: > 0 } cells ? cells.MinBy(c => c.Key) is var first ? (first.Key, first.Value) : null : null;

    /// <summary>Adds a cell.</summary>
    public void Add(ReadOnlySpan<char> cell, bool decimalComma)
    {
        if (_text is not null)
        {
            AddText(cell.ToString());
            return;
        }

        if (TryParse(cell, decimalComma, out double value))
        {
            Grow();
            _numbers[_count++] = value;
            return;
        }

        string text = cell.ToString();
        if (IsMissingMarker(text))
        {
            Grow();
            (_notNumbers ??= [])[_count] = text;
            _numbers[_count++] = double.NaN;
            return;
        }

        ConvertToText();
        AddText(text);
    }

    /// <summary>Cells as text: numbers written back in their shortest round-trip form, repeated values shared.</summary>
    public string[] Text()
    {
        if (_text is not null)
        {
            return _text.AsSpan(0, _count).ToArray();
        }

        var result = new string[_count];
        var formatted = new Dictionary<double, string>();
        for (int i = 0; i < _count; i++)
        {
            if (_notNumbers is not null && _notNumbers.TryGetValue(i, out var raw))
            {
                result[i] = raw;
                continue;
            }

            double v = _numbers[i];
            if (!formatted.TryGetValue(v, out var s))
            {
                s = v.ToString("R", CultureInfo.InvariantCulture);
                if (formatted.Count < MaxInterned)
                {
                    formatted[v] = s;
                }
            }

            result[i] = s;
        }

        return result;
    }

    /// <summary>The numbers of a numeric column (NaN where <see cref="FirstNotNumber"/> and its like are).</summary>
    public double[] Numbers() => _numbers.AsSpan(0, _count).ToArray();

    /// <summary>The text of one cell.</summary>
    public string CellText(int index) =>
        _text is not null ? _text[index]
        : _notNumbers is not null && _notNumbers.TryGetValue(index, out var raw) ? raw
        : _numbers[index].ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Cells that mean "no value": empty, NA, NaN, null, Inf (any case), as R writes them.</summary>
    public static bool IsMissingMarker(string text) =>
        text.Trim() is var t && (t.Length == 0 || t.Equals("NA", StringComparison.OrdinalIgnoreCase) || t.Equals("NaN", StringComparison.OrdinalIgnoreCase)
            || t.Equals("null", StringComparison.OrdinalIgnoreCase) || t.Equals("Inf", StringComparison.OrdinalIgnoreCase)
            || t.Equals("-Inf", StringComparison.OrdinalIgnoreCase) || t.Equals("Infinity", StringComparison.OrdinalIgnoreCase)
            || t.Equals("-Infinity", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a finite number, invariant culture; with <paramref name="decimalComma"/> a ',' is the decimal mark.</summary>
    public static bool TryParse(ReadOnlySpan<char> cell, bool decimalComma, out double value)
    {
        if (decimalComma && cell.IndexOf(',') >= 0)
        {
            if (cell.IndexOf('.') >= 0 || cell.Length > 64)
            {
                value = 0;
                return false;
            }

            Span<char> copy = stackalloc char[cell.Length];
            cell.CopyTo(copy);
            copy.Replace(',', '.');
            return double.TryParse(copy, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        }

        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private void Grow()
    {
        if (_count == _numbers.Length)
        {
            Array.Resize(ref _numbers, _numbers.Length * 2);
        }
    }

    private void ConvertToText()
    {
        var text = new string[Math.Max(_numbers.Length, 1024)];
        for (int i = 0; i < _count; i++)
        {
            text[i] = CellText(i);
        }

        _text = text;
        _numbers = [];
        _notNumbers = null;
        _interned = new Dictionary<string, string>(StringComparer.Ordinal);
    }

    private void AddText(string text)
    {
        if (_count == _text!.Length)
        {
            Array.Resize(ref _text, _text.Length * 2);
        }

        if (_interned!.TryGetValue(text, out var shared))
        {
            text = shared;
        }
        else if (_interned.Count < MaxInterned)
        {
            _interned[text] = text;
        }

        _text[_count++] = text;
    }
}
