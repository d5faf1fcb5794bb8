namespace OtSim.Analysis.Data;

/// <summary>
/// A data file does not have the shape or content the analysis needs. The message always names the file and,
/// where it applies, the column, the 1-based data row and the offending value, so a non-programmer can fix it.
/// </summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception with a complete, user-facing message.</summary>
    public DataFormatException(string message, string fileName, string? column = null, int? row = null, string? value = null)
        : base(message)
    {
        FileName = fileName;
        Column = column;
        Row = row;
        Value = value;
    }

    /// <summary>The file (as named to the user) that has the problem.</summary>
    public string FileName { get; }

    /// <summary>The column involved, if any.</summary>
    public string? Column { get; }

    /// <summary>The 1-based data row (the header is not counted), if any.</summary>
    public int? Row { get; }

    /// <summary>The offending cell value, if any.</summary>
    public string? Value { get; }
}
