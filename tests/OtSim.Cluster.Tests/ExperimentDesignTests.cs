using OtSim.Client.Running;
using OtSim.Model.Engine;
using OtSim.Model.Experiments;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;

namespace OtSim.Cluster.Tests;

/// <summary>Design expansion: factorial size and order, Latin hypercube strata, seeds, columns and errors.</summary>
public sealed class ExperimentDesignTests
{
    [Theory]
    [InlineData(10, 3, 1UL)]
    [InlineData(37, 5, 99UL)]
    public void LatinHypercubeHitsEveryStratumOncePerDimension(int samples, int dimensions, ulong seed)
    {
        var points = LatinHypercube.Sample(samples, dimensions, seed);
        Assert.Equal(samples, points.Length);
        for (int d = 0; d < dimensions; d++)
        {
            var strata = points.Select(p => (int)Math.Floor(p[d] * samples)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, samples), strata);
            Assert.All(points, p => Assert.InRange(p[d], 0.0, 1.0 - double.Epsilon));
        }
    }

    [Fact]
    public void LatinHypercubeIsDeterministicForASeed()
    {
        Assert.Equal(LatinHypercube.Sample(20, 3, 7), LatinHypercube.Sample(20, 3, 7));
        Assert.NotEqual(LatinHypercube.Sample(20, 3, 7), LatinHypercube.Sample(20, 3, 8));
    }

    [Fact]
    public void FactorialHasTheProductOfLevelCountsFirstFactorSlowest()
    {
        var scenario = Support.Factorial();
        var points = ExperimentDesign.Expand(scenario, "test");
        Assert.Equal(3 * 2, points.Count);
        Assert.Equal(["15", "0.25"], points[0].Values);
        Assert.Equal(["15", "0.75"], points[1].Values);
        Assert.Equal(["60", "0.75"], points[5].Values);
        Assert.Equal(60, points[5].Scenario.Policies[0].Minutes.Direct);
        Assert.Equal(0.75, points[5].Scenario.District.CollaborationMean);
        Assert.Equal(Enumerable.Range(1, 6), points.Select(p => p.Index));
    }

    [Fact]
    public void FactorialCrossedWithLatinHypercube()
    {
        var scenario = Support.Factorial();
        var lhs = new LatinHypercubeSpec(4, 3, [new RangeSpec("pulloutTransfer", "parameters.pulloutTransfer", 0.2, 0.8)]);
        var points = ExperimentDesign.Expand(scenario with { Experiment = scenario.Experiment! with { LatinHypercube = lhs } }, "test");
        Assert.Equal(6 * 4, points.Count);
        var transfers = points.Take(4).Select(p => p.Scenario.Parameters.PulloutTransfer).ToArray();
        Assert.All(transfers, t => Assert.InRange(t, 0.2, 0.8));
        Assert.Equal(transfers, points.Skip(4).Take(4).Select(p => p.Scenario.Parameters.PulloutTransfer));
    }

    [Fact]
    public void EveryDesignPointAndReplicationHasItsOwnSeed()
    {
        var plan = RunPlan.Create(Support.Factorial());
        Assert.Equal(6 * 2 * 2, plan.Cells.Count);
        var seeds = plan.Cells.Select(c => (c.DesignPoint, c.Cell.Replication, c.Scenario.Seed)).Distinct().ToArray();
        Assert.Equal(6 * 2, seeds.Select(s => s.Seed).Distinct().Count());
        Assert.Equal(ExperimentDesign.CellSeed(4242, 3, 2), plan.Cells.First(c => c.DesignPoint == 3 && c.Cell.Replication == 2).Scenario.Seed);
        Assert.Equal("design_point,pullout_minutes,collaboration_mean,", plan.HeaderPrefix);
    }

    [Fact]
    public void WithoutAnExperimentThePlanIsTheOldOne()
    {
        var demo = ScenarioLoader.Load(Path.Combine(Support.RepoRoot, "scenarios", "workshop-demo.json"));
        var plan = RunPlan.Create(demo);
        Assert.Equal("", plan.HeaderPrefix);
        Assert.All(plan.Cells, c => Assert.Same(demo, c.Scenario));
        Assert.Equal(
            from p in Enumerable.Range(0, 3) from r in Enumerable.Range(1, 3) select new SimulationCell(p, r),
            plan.Cells.Select(c => c.Cell));
        Assert.DoesNotContain("experiment", ScenarioWriter.ToJson(demo), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParquetHoldsTheStudentsRows()
    {
        var demo = ScenarioLoader.Load(Path.Combine(Support.RepoRoot, "scenarios", "workshop-demo.json"));
        string folder = Support.NewFolder();
        await Support.RunAsync(demo, new PlainLoopEngine(), folder, parquet: true);
        using var stream = File.OpenRead(Path.Combine(folder, "students.parquet"));
        await using var reader = await Parquet.ParquetReader.CreateAsync(stream);
        long rows = Enumerable.Range(0, reader.RowGroupCount).Sum(i => reader.OpenRowGroupReader(i).RowCount);
        Assert.Equal(File.ReadAllLines(Path.Combine(folder, "students.csv")).Length - 1, rows);
        Assert.Equal(StudentsCsv.Columns, reader.Schema.GetDataFields().Select(f => f.Name));
    }

    [Theory]
    [InlineData("""{ "factors": [{ "name": "d", "path": "policies[0].direct", "levels": [10, 10000] }] }""", "policies[0].direct: 10000 is not allowed; it must be from 0 to 600 (in experiment design point 2, set by experiment.factors[0].levels[1])")]
    [InlineData("""{ "factors": [{ "name": "d", "path": "policies[9].direct", "levels": [10] }] }""", "experiment.factors[0].path: \"policies[9].direct\" is not allowed")]
    [InlineData("""{ "factors": [{ "name": "seed", "path": "staffing.therapists", "levels": [2] }] }""", "experiment.factors: the name \"seed\"")]
    [InlineData("""{ "latinHypercube": { "samples": 3, "seed": 1, "ranges": [{ "name": "t", "path": "staffing.fte", "min": 0.5, "max": 0.2 }] } }""", "experiment.latinHypercube.ranges[0].max: 0.2 is not allowed")]
    [InlineData("""{ }""", "experiment.factors: an experiment without factors, latinHypercube, sobol or morris is not allowed")]
    public void BadExperimentsAreRejectedWithFileFieldAndValue(string experiment, string expected)
    {
        string text = File.ReadAllText(Support.FactorialPath);
        int at = text.IndexOf("\"experiment\"", StringComparison.Ordinal);
        string changed = text[..at] + "\"experiment\": " + experiment + "\n}\n";
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(changed, "mine.json", "."));
        Assert.StartsWith("mine.json: ", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
