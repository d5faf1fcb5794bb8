using System.Globalization;
using nietras.SeparatedValues;

namespace OtSim.Sensitivity.Files;

/// <summary>
/// The design table: a <c>design_point</c> column (0, 1, 2, … in row order) then one column per factor in the
/// spec's order, values in invariant culture round-trip format. For Sobol' the rows follow SALib's layout (per base
/// sample: A, AB_1…AB_k, [BA_1…BA_k], B); for Morris, trajectory after trajectory of k + 1 rows.
/// </summary>
public static class DesignCsv
{
    /// <summary>The name of the first column.</summary>
    public const string PointColumn = "design_point";

    /// <summary>The CSV text of <paramref name="spec"/>'s design.</summary>
    public static string Format(DesignSpec spec)
    {
        var rows = spec.Rows();
        using var writer = Sep.New(',').Writer().ToText();
        for (int i = 0; i < rows.Length; i++)
        {
            using var row = writer.NewRow();
            row[PointColumn].Set(i.ToString(CultureInfo.InvariantCulture));
            for (int j = 0; j < spec.Factors.Count; j++)
            {
                row[spec.Factors[j].Name].Set(rows[i][j].ToString("R", CultureInfo.InvariantCulture));
            }
        }
        return writer.ToString();
    }
}
