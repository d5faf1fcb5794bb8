using System.Text.Json.Nodes;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests;

public sealed class ScenarioLoaderTests
{
    private static string DemoText => File.ReadAllText(TestScenarios.DemoPath);

    private static ScenarioException Fails(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(DemoText)!.AsObject();
        change(json);
        return Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(json.ToJsonString(), "bad.json", "."));
    }

    [Fact]
    public void TheDemoLoadsWithItsPolicies()
    {
        var scenario = TestScenarios.Demo();
        Assert.Equal("workshop-demo", scenario.Name);
        Assert.Equal(["blanket-30", "collaborative", "needs-based"], scenario.Policies.Select(p => p.Name));
        Assert.Equal(72, scenario.District.Students);
    }

    [Fact]
    public void TheResolvedScenarioRoundTrips()
    {
        var scenario = TestScenarios.Demo();
        string json = ScenarioWriter.ToJson(scenario, "9.9.9");
        Assert.Contains("\"otsimVersion\": \"9.9.9\"", json);
        var again = ScenarioLoader.Parse(json, "resolved.json", ".");
        Assert.Equal(ScenarioWriter.ToJson(scenario), ScenarioWriter.ToJson(again));
    }

    [Theory]
    [InlineData("district", "schools", "\"three\"", "district.schools", "\"three\"")]
    [InlineData("district", "schools", "-2", "district.schools", "-2")]
    [InlineData("district", "studentsPerClassroom", "0", "district.studentsPerClassroom", "0")]
    [InlineData("staffing", "fte", "3", "staffing.fte", "3")]
    [InlineData("staffing", "therapists", "true", "staffing.therapists", "true")]
    public void BadFieldsNameTheFilePathValueAndRange(string section, string field, string value, string path, string shown)
    {
        var error = Fails(json => json[section]![field] = JsonNode.Parse(value));
        Assert.Contains("bad.json", error.Message);
        Assert.Contains(path, error.Message);
        Assert.Contains(shown, error.Message);
        Assert.Contains("must", error.Message);
    }

    [Fact]
    public void AbsurdMinutesAreRejected()
    {
        var error = Fails(json => json["policies"]![0]!["direct"] = 10000);
        Assert.Contains("policies[0].direct", error.Message);
        Assert.Contains("10000", error.Message);
        Assert.Contains("600", error.Message);
    }

    [Fact]
    public void UnknownPolicyKindListsTheAllowedOnes()
    {
        var error = Fails(json => json["policies"]![1]!["kind"] = "magic");
        Assert.Contains("policies[1].kind", error.Message);
        Assert.Contains("\"magic\"", error.Message);
        Assert.Contains("needs-based", error.Message);
    }

    [Fact]
    public void ATypoIsAnUnknownFieldNotASilentDefault()
    {
        var error = Fails(json => json["district"]!["studentAbsenseRate"] = 0.1);
        Assert.Contains("district.studentAbsenseRate", error.Message);
        Assert.Contains("studentAbsenceRate", error.Message);
    }

    [Fact]
    public void SeverityMixMustAddUpToOne()
    {
        var error = Fails(json => json["district"]!["severityMix"]!["severe"] = 0.5);
        Assert.Contains("district.severityMix", error.Message);
    }

    [Fact]
    public void UnknownParameterAndOutOfRangeParameterAreRejected()
    {
        Assert.Contains("parameters.speedOfLight", Fails(json => json["parameters"] = new JsonObject { ["speedOfLight"] = 1 }).Message);
        Assert.Contains("parameters.pulloutTransfer", Fails(json => json["parameters"] = new JsonObject { ["pulloutTransfer"] = 2 }).Message);
    }

    [Fact]
    public void MalformedEmptyAndMissingFilesGetClearErrors()
    {
        var malformed = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("{ \"name\": ", "broken.json", "."));
        Assert.Contains("broken.json", malformed.Message);
        Assert.Contains("not valid JSON at line 1", malformed.Message);
        Assert.Contains("empty", Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("  \n", "empty.json", ".")).Message);
        Assert.Contains("does not exist", Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("/no/such/scenario.json")).Message);
        Assert.Contains("JSON object", Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("[1,2]", "list.json", ".")).Message);
    }

    [Fact]
    public void PerStudentPlansAreReadAndBadRowsNamed()
    {
        string dir = Directory.CreateTempSubdirectory("otsim-plans").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "plans.csv"), "student_id,direct,integrated,consult\n101,45,0,10\n");
            var json = JsonNode.Parse(DemoText)!.AsObject();
            json["policies"] = new JsonArray(new JsonObject { ["name"] = "own", ["kind"] = "per-student", ["file"] = "plans.csv", ["direct"] = 20 });
            json["baselinePolicy"] = "own";
            var scenario = ScenarioLoader.Parse(json.ToJsonString(), "s.json", dir);
            Assert.Equal(new ServiceMinutes(45, 0, 10), scenario.Policies[0].Plans![101]);

            File.WriteAllText(Path.Combine(dir, "plans.csv"), "student_id,direct,integrated,consult\n101,lots,0,10\n");
            var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(json.ToJsonString(), "s.json", dir));
            Assert.Contains("plans.csv", error.Message);
            Assert.Contains("row 2, direct", error.Message);
            Assert.Contains("\"lots\"", error.Message);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

public sealed class PlanStudentIdTests
{
    [Fact]
    public void APlanForAStudentWhoDoesNotExistIsRejected()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestScenarios.DemoPath))!.AsObject();
        json["policies"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["name"] = "own",
            ["kind"] = "per-student",
            ["plans"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["studentId"] = 1020, ["direct"] = 30 }),
        });
        json["baselinePolicy"] = "own";
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(json.ToJsonString(), "s.json", "."));
        Assert.Contains("1020", error.Message);
        Assert.Contains("seat 1-3", error.Message);
    }
}
