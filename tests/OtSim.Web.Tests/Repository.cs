using System.Globalization;

namespace OtSim.Web.Tests;

/// <summary>Paths in the repository, and reading a students.csv the way a person would check the page.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name + ".json");

    /// <summary>% of students meeting their goal per policy, from students.csv (all replications).</summary>
    public static Dictionary<string, double> GoalsMetPercent(string studentsCsv)
    {
        var lines = File.ReadAllLines(studentsCsv);
        var header = lines[0].Split(',');
        int policy = Array.IndexOf(header, "policy"), met = Array.IndexOf(header, "goal_met");
        return lines.Skip(1).Select(l => l.Split(','))
            .GroupBy(c => c[policy])
            .ToDictionary(g => g.Key, g => 100.0 * g.Count(c => int.Parse(c[met], CultureInfo.InvariantCulture) == 1) / g.Count());
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OtSim.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("OtSim.sln not found above the test folder.");
    }
}
