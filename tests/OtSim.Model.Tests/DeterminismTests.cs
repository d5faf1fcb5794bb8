using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests;

public sealed class DeterminismTests
{
    private static string[] Rows(Scenario scenario, bool parallel)
    {
        var engine = new PlainLoopEngine(parallel);
        var rows = new List<string>();
        for (int p = 0; p < scenario.Policies.Count; p++)
        {
            var result = engine.RunCell(scenario, new SimulationCell(p, 1), includeWeeks: true);
            rows.AddRange(result.Students.Select(s => StudentsCsv.Row(s, scenario.Policies[p].Name, 1, scenario.Seed)));
            rows.AddRange(result.Weeks.Select(w => WeeksCsv.Row(w, scenario.Policies[p].Name, 1, scenario.Seed)));
            rows.AddRange(result.Therapists.Select(t => TherapistsCsv.Row(t, scenario.Policies[p].Name, 1, scenario.Seed)));
        }
        return [.. rows];
    }

    [Fact]
    public void SameSeedGivesIdenticalRowsWhateverTheConcurrency()
    {
        var scenario = TestScenarios.With(seed: 5);
        Assert.Equal(Rows(scenario, parallel: false), Rows(scenario, parallel: true));
    }

    [Fact]
    public void AnotherSeedGivesDifferentRows()
    {
        Assert.NotEqual(Rows(TestScenarios.With(seed: 5), true), Rows(TestScenarios.With(seed: 6), true));
    }

    [Fact]
    public void ReplicationsDiffer()
    {
        var scenario = TestScenarios.With(seed: 5);
        var engine = new PlainLoopEngine();
        var first = engine.RunCell(scenario, new SimulationCell(0, 1), false).Students.Select(s => s.Progress);
        var second = engine.RunCell(scenario, new SimulationCell(0, 2), false).Students.Select(s => s.Progress);
        Assert.NotEqual(first, second);
    }
}
