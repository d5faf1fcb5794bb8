using System.Text.Json;

namespace OtSim.EndToEnd.Tests;

/// <summary><c>otsim run scenarios/workshop-demo.json</c>: exit code, files, columns and console summary.</summary>
public sealed class RunCommandTests(DemoRunFixture demo) : IClassFixture<DemoRunFixture>
{
    private static readonly string[] StudentColumns =
    [
        "student_id", "classroom_id", "school_id", "therapist_id", "policy", "replication", "seed", "severity", "severity_band",
        "baseline", "prescribed_direct_minutes", "prescribed_integrated_minutes", "prescribed_consult_minutes",
        "prescribed_total_minutes", "delivered_direct_minutes", "delivered_integrated_minutes", "delivered_consult_minutes",
        "delivered_total_minutes", "compliance", "collaboration", "fidelity_end", "end_performance", "progress", "goal_met",
        "gas_level", "gas_t_score", "attendance_rate", "sessions_missed_absent", "entry_week", "exit_week", "exit_reason",
    ];

    private static readonly string[] Policies = ["blanket-30", "collaborative", "needs-based"];

    [Fact]
    public void DemoRunExitsZeroAndLeavesOnlyTheResultsFolder()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.ToString());
        Assert.True(Directory.Exists(demo.OutputPath), demo.Result.ToString());
        Assert.Empty(demo.StagingLeftovers());
        Assert.Equal(
            ["analysis.json", "design_points.csv", "report.html", "scenario.resolved.json", "students.csv", "therapists.csv", "weeks.csv"],
            Directory.GetFiles(demo.OutputPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StudentsCsvHasExactlyTheDocumentedColumnsAndOneRowPerStudentAndPolicy()
    {
        var lines = File.ReadAllLines(Path.Combine(demo.OutputPath, "students.csv"));
        Assert.Equal(string.Join(',', StudentColumns), lines[0]);

        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        // 3 schools x 8 classrooms x 3 students, 3 policies, 1 replication.
        Assert.Equal(72 * 3, rows.Count);
        Assert.All(rows, r => Assert.Equal(StudentColumns.Length, r.Length));
        Assert.Equal(Policies, rows.Select(r => r[4]).Distinct());
        Assert.All(rows, r => Assert.Equal("1", r[5]));
        Assert.All(rows, r => Assert.Equal("2026", r[6]));
        Assert.All(rows, r => Assert.Contains(r[8], new[] { "mild", "moderate", "severe" }));
        Assert.Equal(72, rows.Select(r => r[0]).Distinct().Count());
    }

    [Fact]
    public void TherapistsWeeksAndResolvedScenarioAreWritten()
    {
        var therapists = File.ReadAllLines(Path.Combine(demo.OutputPath, "therapists.csv"));
        Assert.StartsWith("policy,replication,seed,therapist_id,", therapists[0], StringComparison.Ordinal);
        Assert.Equal(1 + 2 * 3, therapists.Length);

        var weeks = File.ReadAllLines(Path.Combine(demo.OutputPath, "weeks.csv"));
        Assert.StartsWith("policy,replication,seed,student_id,classroom_id,week,", weeks[0], StringComparison.Ordinal);
        Assert.Equal(1 + 72 * 36 * 3, weeks.Length);

        using var resolved = JsonDocument.Parse(File.ReadAllText(Path.Combine(demo.OutputPath, "scenario.resolved.json")));
        var root = resolved.RootElement;
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("otsimVersion").GetString()));
        Assert.Equal("workshop-demo", root.GetProperty("name").GetString());
        Assert.Equal(1, root.GetProperty("replications").GetInt32());
        Assert.Equal(2026, root.GetProperty("seed").GetInt32());
        Assert.Equal(Policies, root.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public void ConsoleSummaryNamesEveryPolicyAndTheResultsFolder()
    {
        var lines = demo.Result.StdOut.Split('\n');
        foreach (string policy in Policies)
        {
            Assert.Contains(lines, l => l.StartsWith(policy + " ", StringComparison.Ordinal));
        }
        Assert.Contains($"Results: {demo.OutputPath}", demo.Result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Running workshop-demo", demo.Result.StdErr, StringComparison.Ordinal);
    }
}
