using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Bench;

/// <summary>Compares engines by the exact students.csv rows they would write.</summary>
public static class ResultRows
{
    /// <summary>The students.csv rows of a cell, in result order.</summary>
    public static string[] Of(Scenario scenario, CellResult result)
    {
        string policy = scenario.Policies[result.Cell.PolicyIndex].Name;
        var rows = new string[result.Students.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = StudentsCsv.Row(result.Students[i], policy, result.Cell.Replication, scenario.Seed);
        }
        return rows;
    }

    /// <summary>Throws <see cref="BenchMismatchException"/> unless every row of <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
    public static void Check(string[] expected, string[] actual, string engine, string reference)
    {
        int differing = 0;
        int first = -1;
        int common = Math.Min(expected.Length, actual.Length);
        for (int i = 0; i < common; i++)
        {
            if (!string.Equals(expected[i], actual[i], StringComparison.Ordinal))
            {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        if (differing == 0 && expected.Length == actual.Length)
        {
            return;
        }
        var message = $"{engine} and {reference} differ: {expected.Length:N0} vs {actual.Length:N0} students, {differing:N0} differing rows.";
        if (first >= 0)
        {
            message += $"\n  first difference at row {first + 1}:\n  {reference}: {expected[first]}\n  {engine}: {actual[first]}";
        }
        throw new BenchMismatchException(message);
    }
}
