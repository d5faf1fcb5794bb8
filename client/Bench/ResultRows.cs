using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Bench;

/// <summary>
/// Compares engines by the exact students.csv rows they would write. Only a 64-bit FNV-1a hash of every row is kept
/// (8 bytes a student instead of the row text), so checking a million-student run does not hold a million strings
/// and the check does not weigh on the memory measured for the next engine.
/// </summary>
public static class ResultRows
{
    /// <summary>A hash of every students.csv row of a cell, in result order.</summary>
    public static ulong[] Of(Scenario scenario, CellResult result)
    {
        string policy = scenario.Policies[result.Cell.PolicyIndex].Name;
        var hashes = new ulong[result.Students.Count];
        for (int i = 0; i < hashes.Length; i++)
        {
            hashes[i] = Hash(StudentsCsv.Row(result.Students[i], policy, result.Cell.Replication, scenario.Seed));
        }
        return hashes;
    }

    /// <summary>
    /// Throws <see cref="BenchMismatchException"/> unless every row hash of <paramref name="actual"/> equals
    /// <paramref name="expected"/>; the message quotes the first differing row of <paramref name="actualResult"/>.
    /// </summary>
    public static void Check(ulong[] expected, ulong[] actual, Scenario scenario, CellResult actualResult, string engine, string reference)
    {
        int differing = 0;
        int first = -1;
        int common = Math.Min(expected.Length, actual.Length);
        for (int i = 0; i < common; i++)
        {
            if (expected[i] != actual[i])
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
            string policy = scenario.Policies[actualResult.Cell.PolicyIndex].Name;
            message += $"\n  first difference at row {first + 1}; {engine} wrote:\n  " +
                StudentsCsv.Row(actualResult.Students[first], policy, actualResult.Cell.Replication, scenario.Seed);
        }
        throw new BenchMismatchException(message);
    }

    /// <summary>64-bit FNV-1a over the UTF-16 code units of <paramref name="row"/>.</summary>
    public static ulong Hash(string row)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in row)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
