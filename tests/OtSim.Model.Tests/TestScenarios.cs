using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests;

/// <summary>Scenarios built in code for tests: the demo's shape, sizes and policies chosen per test.</summary>
internal static class TestScenarios
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string DemoPath => Path.Combine(RepoRoot, "scenarios", "workshop-demo.json");

    public static Scenario Demo() => ScenarioLoader.Load(DemoPath);

    public static Scenario With(
        int schools = 4, int classroomsPerSchool = 6, int studentsPerClassroom = 4, int therapists = 3, double fte = 1.0,
        int replications = 1, ulong seed = 7, ModelParameters? parameters = null, params PolicySpec[] policies)
    {
        var demo = Demo();
        return demo with
        {
            Seed = seed,
            Replications = replications,
            District = demo.District with { Schools = schools, ClassroomsPerSchool = classroomsPerSchool, StudentsPerClassroom = studentsPerClassroom },
            Staffing = demo.Staffing with { Therapists = therapists, Fte = fte },
            Policies = policies.Length > 0 ? policies : demo.Policies,
            BaselinePolicy = policies.Length > 0 ? policies[0].Name : demo.BaselinePolicy,
            Parameters = parameters ?? new ModelParameters(),
        };
    }

    public static PolicySpec Blanket(string name, double direct = 0, double integrated = 0, double consult = 0, int sessions = 1) =>
        new(name, PolicyKind.Blanket, new ServiceMinutes(direct, integrated, consult), sessions);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OtSim.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("OtSim.sln not found above the test folder.");
    }
}
