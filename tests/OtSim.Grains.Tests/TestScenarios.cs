using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;

namespace OtSim.Grains.Tests;

/// <summary>Scenarios for the tests, derived from the shipped workshop demo, and the CSV rows of a run.</summary>
public static class TestScenarios
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DemoPath => Path.Combine(RepositoryRoot, "scenarios", "workshop-demo.json");

    /// <summary>The workshop demo cut to <paramref name="schools"/> schools (8 classrooms of 3 students each).</summary>
    public static Scenario SmallDemo(int schools = 2, int replications = 1)
    {
        var demo = ScenarioLoader.Load(DemoPath);
        return demo with { District = demo.District with { Schools = schools }, Replications = replications };
    }

    /// <summary>Runs every cell of the scenario and renders the rows exactly as the CSV files would hold them.</summary>
    public static async Task<RunRows> RunAsync(ISimulationEngine engine, Scenario scenario)
    {
        var students = new List<string>();
        var therapists = new List<string>();
        var weeks = new List<string>();
        var planChanges = new List<string>();
        for (int p = 0; p < scenario.Policies.Count; p++)
        {
            for (int r = 1; r <= scenario.Replications; r++)
            {
                var result = await engine.RunCellAsync(scenario, new SimulationCell(p, r), includeWeeks: true, CancellationToken.None);
                string policy = scenario.Policies[p].Name;
                students.AddRange(result.Students.Select(s => StudentsCsv.Row(s, policy, r, scenario.Seed)));
                therapists.AddRange(result.Therapists.Select(t => TherapistsCsv.Row(t, policy, r, scenario.Seed)));
                weeks.AddRange(result.Weeks.Select(w => WeeksCsv.Row(w, policy, r, scenario.Seed)));
                planChanges.AddRange(result.PlanChanges.Select(c => PlanChangesCsv.Row(c, policy, r, scenario.Seed)));
            }
        }
        return new RunRows(students, therapists, weeks, planChanges);
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
        throw new InvalidOperationException($"OtSim.sln not found above {AppContext.BaseDirectory}.");
    }
}

public sealed record RunRows(IReadOnlyList<string> Students, IReadOnlyList<string> Therapists, IReadOnlyList<string> Weeks, IReadOnlyList<string> PlanChanges);
