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
}
