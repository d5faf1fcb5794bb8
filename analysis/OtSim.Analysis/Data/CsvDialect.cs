namespace OtSim.Analysis.Data;

/// <summary>
/// How a CSV file separates values and writes decimals. The default is what R's <c>write.csv</c> and OtSim write
/// (comma, decimal point); <see cref="European"/> is what R's <c>write.csv2</c> and spreadsheets in many European
/// locales write (semicolon, decimal comma).
/// </summary>
/// <param name="Separator">The value separator: ',', ';', '\t' or '|'.</param>
/// <param name="DecimalComma">True when numbers are written with a decimal comma (<c>3,5</c>).</param>
public sealed record CsvDialect(char Separator, bool DecimalComma)
{
    /// <summary>Comma separated, decimal point.</summary>
    public static CsvDialect Default { get; } = new(',', false);

    /// <summary>Semicolon separated, decimal comma (R's <c>read.csv2</c>).</summary>
    public static CsvDialect European { get; } = new(';', true);

    /// <summary>The separators a user may name.</summary>
    public static IReadOnlyList<char> Separators { get; } = [',', ';', '\t', '|'];

    /// <summary>Reads a separator as typed on a command line: <c>,</c>, <c>;</c>, <c>|</c>, or <c>tab</c> / <c>\t</c>.</summary>
    /// <exception cref="ArgumentException">Anything else.</exception>
    public static char ParseSeparator(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text switch
        {
            "tab" or "\\t" or "\t" => '\t',
            "," or ";" or "|" => text[0],
            _ => throw new ArgumentException($"--separator \"{text}\" is not allowed; use , or ; or | or tab"),
        };
    }

    /// <summary>The separator as a user would type it.</summary>
    public string SeparatorName => Separator == '\t' ? "tab" : Separator.ToString();
}
