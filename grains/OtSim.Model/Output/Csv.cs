using System.Globalization;

namespace OtSim.Model.Output;

/// <summary>Number and text formatting shared by the CSV writers: invariant culture, fixed rounding, so files are byte-identical across runs.</summary>
public static class Csv
{
    /// <summary>A number rounded to 4 decimals with trailing zeros dropped.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text cell, quoted when it holds a comma, quote or line break.</summary>
    public static string Text(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
