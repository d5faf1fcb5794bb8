using System.Globalization;
using nietras.SeparatedValues;

namespace OtSim.Sensitivity.Files;

/// <summary>A design CSV with an outcome column, checked against the design its sidecar describes.</summary>
/// <param name="Spec">The design description.</param>
/// <param name="UnitRows">The design on the unit cube, in row order.</param>
/// <param name="Outcome">The outcome, one value per row.</param>
public sealed record DesignTable(DesignSpec Spec, double[][] UnitRows, double[] Outcome)
{
    /// <summary>
    /// Reads <paramref name="csvPath"/> and its sidecar. Throws <see cref="SensitivityException"/> naming the file,
    /// row (1-based data row and its <c>design_point</c>) or column when the file is not the described design in
    /// order, or the outcome is missing or not a number.
    /// </summary>
    public static DesignTable Read(string csvPath, string outcome)
    {
        string sidecar = DesignSpec.SidecarPath(csvPath);
        if (!File.Exists(sidecar))
        {
            throw new SensitivityException($"{csvPath}: no design description {sidecar} beside it; sensitivity reads a design written by the design command (keep its .design.json next to the CSV).");
        }
        var spec = DesignSpec.FromJson(File.ReadAllText(sidecar))
            ?? throw new SensitivityException($"{sidecar}: not a design description (method, factors with name/min/max, samples, seed, second_order, levels).");
        if (spec.Problem() is { } problem)
        {
            throw new SensitivityException($"{sidecar}: {problem}.");
        }
        var expected = spec.Rows();
        var unit = spec.UnitRows();
        var y = new double[expected.Length];
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csvPath);
        var columns = reader.Header.ColNames;
        foreach (string required in spec.Names.Prepend(DesignCsv.PointColumn))
        {
            if (!columns.Contains(required))
            {
                throw new SensitivityException($"{csvPath}: column {required} is missing; a {spec.Method} design over {string.Join(", ", spec.Names)} needs {DesignCsv.PointColumn} and one column per factor.");
            }
        }
        if (!columns.Contains(outcome))
        {
            throw new SensitivityException($"{csvPath}: no outcome column \"{outcome}\"; columns are {string.Join(", ", columns)}.");
        }
        int pointIndex = reader.Header.IndexOf(DesignCsv.PointColumn);
        int outcomeIndex = reader.Header.IndexOf(outcome);
        var factorIndex = spec.Names.Select(n => reader.Header.IndexOf(n)).ToArray();
        int row = 0;
        foreach (var r in reader)
        {
            string where = $"{csvPath}: row {row + 1}";
            if (row >= expected.Length)
            {
                throw new SensitivityException($"{where}: the {spec.Method} design has only {expected.Length} rows; rows were added or duplicated.");
            }
            string pointText = r[pointIndex].ToString();
            if (!int.TryParse(pointText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int point) || point != row)
            {
                throw new SensitivityException($"{where}: {DesignCsv.PointColumn} is \"{pointText}\", expected {row}: rows were dropped, duplicated or reordered. Rows must stay in the order design wrote them.");
            }
            for (int j = 0; j < factorIndex.Length; j++)
            {
                string text = r[factorIndex[j]].ToString();
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
                    || Math.Abs(v - expected[row][j]) > 1e-9 * Math.Max(1, Math.Abs(expected[row][j])))
                {
                    throw new SensitivityException($"{where} (design_point {row}): {spec.Names[j]} is \"{text}\" but the design has {expected[row][j].ToString("R", CultureInfo.InvariantCulture)} there; the factor columns must not be edited.");
                }
            }
            string cell = r[outcomeIndex].ToString();
            if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                throw new SensitivityException($"{where} (design_point {row}): outcome {outcome} is \"{cell}\", not a finite number; every design point needs a numeric outcome.");
            }
            y[row++] = value;
        }
        if (row != expected.Length)
        {
            throw new SensitivityException($"{csvPath}: {row} rows, but the {spec.Method} design has {expected.Length}; rows from design_point {row} on are missing.");
        }
        return new DesignTable(spec, unit, y);
    }
}
