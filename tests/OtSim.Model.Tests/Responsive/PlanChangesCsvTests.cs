using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Policies;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests.Responsive;

/// <summary>plan_changes.csv: its columns, rows and when it is written.</summary>
public sealed class PlanChangesCsvTests
{
    [Fact]
    public void ARowHoldsTheChangeAsWrittenByHand()
    {
        Assert.Equal(
            "policy,replication,seed,student_id,classroom_id,therapist_id,week,direct_before,integrated_before,consult_before,direct_after,integrated_after,consult_after,reason",
            PlanChangesCsv.Header);
        var change = new PlanChange(1203, 12, 2, 10, new ServiceMinutes(30, 0, 2.5), new ServiceMinutes(45, 0, 2.5), PlanChangeReason.BelowAimLine);
        Assert.Equal("\"resp, x\",3,9,1203,12,2,10,30,0,2.5,45,0,2.5,below_aim_line", PlanChangesCsv.Row(change, "resp, x", 3, 9));
        Assert.Equal(
            ["below_aim_line", "moved_into_routine", "goal_met_fade", "dismissed"],
            Enum.GetValues<PlanChangeReason>().Select(PlanChangesCsv.ReasonName));
    }

    [Fact]
    public void TheResultWriterWritesItOnlyForScenariosWithAResponsivePolicy()
    {
        var scenario = ResponsivePolicyTests.Quarterly(TestScenarios.Blanket("blanket-30", direct: 30), ResponsivePolicyTests.Responsive());
        var blanketOnly = scenario with { Policies = [scenario.Policies[0]] };
        string folder = Path.Combine(Path.GetTempPath(), "otsim-plan-changes-" + Guid.NewGuid().ToString("N"));
        try
        {
            var engine = new PlainLoopEngine(parallel: false);
            var results = new[] { engine.RunCell(scenario, new SimulationCell(0, 1), false), engine.RunCell(scenario, new SimulationCell(1, 1), false) };
            Assert.Empty(results[0].PlanChanges);
            Assert.NotEmpty(results[1].PlanChanges);
            using (var writer = new ResultWriter(folder, scenario, includeWeeks: false))
            {
                foreach (var result in results)
                {
                    writer.Write(result);
                }
            }
            var lines = File.ReadAllLines(Path.Combine(folder, PlanChangesCsv.FileName));
            Assert.Equal([PlanChangesCsv.Header, .. results[1].PlanChanges.Select(c => PlanChangesCsv.Row(c, "responsive", 1, scenario.Seed))], lines);

            string other = folder + "-blanket";
            using (var writer = new ResultWriter(other, blanketOnly, includeWeeks: false))
            {
                writer.Write(results[0]);
            }
            Assert.False(File.Exists(Path.Combine(other, PlanChangesCsv.FileName)));
            Directory.Delete(other, recursive: true);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
