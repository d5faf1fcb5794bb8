namespace OtSim.Statistics.Tests;

/// <summary>Fixture datasets shared by the tests.</summary>
internal static class Datasets
{
    public const string NestedRhs =
        "delivered_direct_minutes + severity + baseline + collaboration + delivered_direct_minutes:collaboration";

    public static readonly Lazy<CsvTable> Nested = new(() => CsvTable.Load("synthetic-nested.csv"));

    public static Dictionary<string, double[]> NestedNumeric() => Nested.Value.NumericColumns(
        "progress", "delivered_direct_minutes", "severity", "baseline", "collaboration");

    /// <summary>Design columns in R's order for the given model in r-reference.csv.</summary>
    public static IReadOnlyList<string> RTermOrder(string model) =>
        RReference.Terms(model, "column_index").OrderBy(t => RReference.Get(model, t, "column_index")).ToList();
}
