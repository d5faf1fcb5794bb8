using System.Text.Json.Nodes;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests;

/// <summary>The scenario fields of group sessions and vacancies: defaults, one-line errors and the resolved round trip.</summary>
public sealed class StaffingFieldTests
{
    private static JsonObject Demo() => JsonNode.Parse(File.ReadAllText(TestScenarios.DemoPath))!.AsObject();

    private static Scenario Parse(JsonObject json) => ScenarioLoader.Parse(json.ToJsonString(), "s.json", ".");

    private static string Error(JsonObject json) =>
        Assert.Throws<ScenarioException>(() => Parse(json)).Message;

    private static Scenario RoundTrip(Scenario scenario) => ScenarioLoader.Parse(ScenarioWriter.ToJson(scenario), "resolved.json", ".");

    [Fact]
    public void GroupSizeDefaultsToOneIsReadAndWrittenBack()
    {
        var json = Demo();
        Assert.All(Parse(json).Policies, p => Assert.Equal(1, p.GroupSize));
        json["policies"]![0]!["groupSize"] = 3;
        var scenario = Parse(json);
        Assert.Equal(3, scenario.Policies[0].GroupSize);
        Assert.Equal(3, RoundTrip(scenario).Policies[0].GroupSize);
        Assert.Equal(ScenarioWriter.ToJson(scenario), ScenarioWriter.ToJson(RoundTrip(scenario)));
    }

    [Theory]
    [InlineData("0", "s.json: policies[0].groupSize: 0 is not allowed; it must be from 1 to 8.")]
    [InlineData("9", "s.json: policies[0].groupSize: 9 is not allowed; it must be from 1 to 8.")]
    [InlineData("2.5", "s.json: policies[0].groupSize: 2.5 is not allowed; it must be a whole number from 1 to 8.")]
    public void ABadGroupSizeIsOneLineNamingFieldAndRange(string value, string message)
    {
        var json = Demo();
        json["policies"]![0]!["groupSize"] = JsonNode.Parse(value);
        Assert.Equal(message, Error(json));
    }

    [Fact]
    public void VacanciesAreOffByDefaultAndRoundTrip()
    {
        var json = Demo();
        Assert.False(Parse(json).Staffing.VacancyPlan.Any);
        Assert.Null(Parse(json).Staffing.VacancyPlan.ContractAfterWeeks);
        json["staffing"]!["vacancies"] = JsonNode.Parse("""
            { "positions": [ { "therapist": 2, "fromWeek": 3, "toWeek": 14 } ], "rate": 0.089, "weeks": 10,
              "coverageShare": 0.2, "contractAfterWeeks": 6, "contractCostPerWeek": 2500 }
            """);
        var scenario = Parse(json);
        var plan = scenario.Staffing.VacancyPlan;
        Assert.Equal(new VacantPosition(2, 3, 14), Assert.Single(plan.Positions));
        Assert.Equal((0.089, 10, 0.2, 6, 2500.0), (plan.Rate, plan.Weeks, plan.CoverageShare, plan.ContractAfterWeeks!.Value, plan.ContractCostPerWeek));
        Assert.Equal(ScenarioWriter.ToJson(scenario), ScenarioWriter.ToJson(RoundTrip(scenario)));
        Assert.Null(RoundTrip(Parse(Demo())).Staffing.VacancyPlan.ContractAfterWeeks);
    }

    [Theory]
    [InlineData("""{ "positions": [ { "therapist": 3, "fromWeek": 1, "toWeek": 2 } ] }""", "staffing.vacancies.positions[0].therapist: 3 is not allowed; it must be from 1 to 2.")]
    [InlineData("""{ "positions": [ { "therapist": 1, "fromWeek": 9, "toWeek": 2 } ] }""", "staffing.vacancies.positions[0].toWeek: 2 is not allowed; it must be from 9 to 36.")]
    [InlineData("""{ "positions": [ { "therapist": 1, "fromWeek": 0, "toWeek": 2 } ] }""", "staffing.vacancies.positions[0].fromWeek: 0 is not allowed; it must be from 1 to 36.")]
    [InlineData("""{ "positions": { "therapist": 1 } }""", "staffing.vacancies.positions: an object is not allowed; it must be a list of { therapist, fromWeek, toWeek }.")]
    [InlineData("""{ "rate": 0.9 }""", "staffing.vacancies.rate: 0.9 is not allowed; it must be from 0 to 0.5.")]
    [InlineData("""{ "coverageShare": 1.5 }""", "staffing.vacancies.coverageShare: 1.5 is not allowed; it must be from 0 to 1.")]
    [InlineData("""{ "contractAfterWeeks": 40 }""", "staffing.vacancies.contractAfterWeeks: 40 is not allowed; it must be from 0 to 36.")]
    [InlineData("""{ "coverage": 0.2 }""", "staffing.vacancies.coverage: an unknown field is not allowed; allowed fields here are: contractAfterWeeks, contractCostPerWeek, coverageShare, positions, rate, weeks.")]
    public void ABadVacancyFieldIsOneLineNamingFieldAndRange(string vacancies, string message)
    {
        var json = Demo();
        json["staffing"]!["vacancies"] = JsonNode.Parse(vacancies);
        Assert.Equal("s.json: " + message, Error(json));
    }

    [Fact]
    public void AnExperimentCanVaryCoverageContractsAndGroupSize()
    {
        var json = Demo();
        json["experiment"] = JsonNode.Parse("""
            { "factors": [
                { "name": "coverage", "path": "staffing.vacancies.coverageShare", "levels": [0, 0.2] },
                { "name": "contractAfter", "path": "staffing.vacancies.contractAfterWeeks", "levels": [4] },
                { "name": "group", "path": "policies[0].groupSize", "levels": [1, 3] } ] }
            """);
        var points = Experiments.ExperimentDesign.Expand(Parse(json), "s.json");
        Assert.Equal([(0.0, 1), (0.0, 3), (0.2, 1), (0.2, 3)],
            points.Select(p => (p.Scenario.Staffing.VacancyPlan.CoverageShare, p.Scenario.Policies[0].GroupSize)));
        Assert.All(points, p => Assert.Equal(4, p.Scenario.Staffing.VacancyPlan.ContractAfterWeeks));
    }
}
