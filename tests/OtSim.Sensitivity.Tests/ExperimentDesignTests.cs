using System.Text.Json.Nodes;
using OtSim.Model.Experiments;
using OtSim.Model.Scenarios;

namespace OtSim.Sensitivity.Tests;

/// <summary><c>experiment.sobol</c> and <c>experiment.morris</c> in scenarios: read, expanded, seeded alike.</summary>
public class ExperimentDesignTests
{
    /// <summary>The shipped workshop scenario with <paramref name="experiment"/> as its experiment.</summary>
    private static string Scenario(string experiment)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "OtSim.sln")))
        {
            dir = dir.Parent;
        }
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir.FullName, "scenarios", "workshop-demo.json")))!.AsObject();
        json.Remove("$schema");
        json["experiment"] = JsonNode.Parse(experiment);
        return json.ToJsonString();
    }

    private const string Ranges = """
        "ranges": [
          { "name": "pulloutTransfer", "path": "parameters.pulloutTransfer", "min": 0.1, "max": 0.8 },
          { "name": "coachingGain", "path": "parameters.coachingGain", "min": 0.02, "max": 0.2 }
        ]
        """;

    [Fact]
    public void A_sobol_experiment_expands_to_the_saltelli_rows_with_common_seeds()
    {
        var scenario = ScenarioLoader.Parse(Scenario($$"""{ "sobol": { "samples": 16, "seed": 3, {{Ranges}} } }"""), "t.json", ".");
        var points = ExperimentDesign.Expand(scenario, "t.json");
        Assert.Equal(16 * 4, points.Count);
        Assert.All(points, p => Assert.Equal(0, p.SeedPoint));
        var unit = SaltelliDesign.Sample(16, 2, false, 3);
        Assert.Equal(0.1 + (unit[5][0] * 0.7), points[5].Scenario.Parameters.PulloutTransfer, 12);
        Assert.Equal(0.02 + (unit[5][1] * 0.18), points[5].Scenario.Parameters.CoachingGain, 12);
        var again = ScenarioLoader.Parse(ScenarioWriter.ToJson(scenario), "t.json", ".");
        var written = again.Experiment!.Sobol!;
        var original = scenario.Experiment!.Sobol!;
        Assert.Equal((original.Samples, original.Seed, original.SecondOrder), (written.Samples, written.Seed, written.SecondOrder));
        Assert.Equal(original.Ranges, written.Ranges);
    }

    [Fact]
    public void A_morris_experiment_expands_to_trajectories()
    {
        var scenario = ScenarioLoader.Parse(Scenario($$"""{ "morris": { "trajectories": 5, "levels": 4, "seed": 2, {{Ranges}} } }"""), "t.json", ".");
        Assert.Equal(5 * 3, ExperimentDesign.Expand(scenario, "t.json").Count);
    }

    [Theory]
    [InlineData("""{ "sobol": { "samples": 100, RANGES } }""", "power of two")]
    [InlineData("""{ "sobol": { "samples": 16, "secondOrder": "yes", RANGES } }""", "true or false")]
    [InlineData("""{ "morris": { "trajectories": 5, "levels": 5, RANGES } }""", "even")]
    [InlineData("""{ "sobol": { "samples": 16, RANGES }, "latinHypercube": { "samples": 4, RANGES } }""", "stand alone")]
    public void Bad_designs_are_refused_with_the_field_and_the_rule(string experiment, string expected)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Scenario(experiment.Replace("RANGES", Ranges, StringComparison.Ordinal)), "t.json", "."));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("t.json: experiment.", ex.Message, StringComparison.Ordinal);
    }
}
