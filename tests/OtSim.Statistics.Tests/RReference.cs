using System.Globalization;

namespace OtSim.Statistics.Tests;

/// <summary>Values printed by make-fixtures.R, keyed by (model, term, quantity).</summary>
internal static class RReference
{
    private static readonly Lazy<Dictionary<(string, string, string), double>> Values = new(Load);

    public static double Get(string model, string term, string quantity)
    {
        if (!Values.Value.TryGetValue((model, term, quantity), out double v))
        {
            throw new KeyNotFoundException($"No R reference value for ({model}, {term}, {quantity}).");
        }

        return v;
    }

    public static double Get(string model, string quantity) => Get(model, string.Empty, quantity);

    public static bool Has(string model) => Values.Value.Keys.Any(k => k.Item1 == model);

    public static IReadOnlyList<string> Terms(string model, string quantity) =>
        Values.Value.Keys.Where(k => k.Item1 == model && k.Item3 == quantity).Select(k => k.Item2).ToList();

    private static Dictionary<(string, string, string), double> Load()
    {
        var table = CsvTable.Load("r-reference.csv");
        var result = new Dictionary<(string, string, string), double>();
        foreach (var row in table.Rows)
        {
            result[(row[0], row[1], row[2])] = double.Parse(row[3], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return result;
    }
}
