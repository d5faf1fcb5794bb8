using System.Text.Json.Nodes;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests;

/// <summary>
/// Everything a run will use is checked before it starts: repeated fields, defaults derived from other fields, and
/// values set after loading (command-line overrides) pass the same rules as the file.
/// </summary>
public sealed class ScenarioValidationTests
{
    private static string DemoText => File.ReadAllText(TestScenarios.DemoPath);

    [Fact]
    public void ARepeatedTopLevelFieldIsRefusedWithItsLine()
    {
        string text = DemoText.Replace("\"seed\": 2026,", "\"seed\": 2026,\n  \"seed\": 7,", StringComparison.Ordinal);
        int line = text.Split('\n').ToList().FindIndex(l => l.Contains("\"seed\": 7", StringComparison.Ordinal)) + 1;

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "dup.json", "."));

        Assert.Contains("dup.json: seed: a second \"seed\" (line " + line + ") is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Equal("seed", error.FieldPath);
    }

    [Fact]
    public void ARepeatedNestedFieldIsRefusedWithItsPath()
    {
        var json = JsonNode.Parse(DemoText)!.AsObject();
        string text = json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })
            .Replace("\"fte\":", "\"fte\": 0.5,\n    \"fte\":", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "dup.json", "."));

        Assert.Equal("staffing.fte", error.FieldPath);
        Assert.Contains("(line ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameNameInTwoObjectsIsNotARepeat()
    {
        // "direct" appears in many policies and severities: only a repeat inside one object counts.
        var scenario = ScenarioLoader.Parse(DemoText, "demo.json", ".");
        Assert.Equal("workshop-demo", scenario.Name);
    }

    [Fact]
    public void SeventyStudentsPerClassroomWithoutClassSizeGetAClassSizeTheResolvedFileAccepts()
    {
        var json = JsonNode.Parse(DemoText)!.AsObject();
        json["district"]!["studentsPerClassroom"] = 70;
        json["district"]!.AsObject().Remove("classSize");

        var scenario = ScenarioLoader.Parse(json.ToJsonString(), "big-classes.json", ".");
        ScenarioLoader.Validate(scenario, "big-classes.json");
        var again = ScenarioLoader.Parse(ScenarioWriter.ToJson(scenario), "resolved.json", ".");

        Assert.Equal(70, scenario.District.ClassSize);
        Assert.Equal(70, again.District.ClassSize);
    }

    [Fact]
    public void AClassSmallerThanItsStudentsWithOtIsRefusedUpFront()
    {
        var json = JsonNode.Parse(DemoText)!.AsObject();
        json["district"]!["studentsPerClassroom"] = 70;
        json["district"]!["classSize"] = 60;

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(json.ToJsonString(), "big-classes.json", "."));

        Assert.Equal("big-classes.json: district.classSize: 60 is not allowed; it must be from 70 to 99.", error.Message);
    }

    [Fact]
    public void ASeedSetAfterLoadingIsCheckedByTheFileRule()
    {
        var scenario = TestScenarios.Demo() with { Seed = 9_223_372_036_854_775_807 };

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Validate(scenario, "demo.json"));

        Assert.Equal("demo.json: seed: 9223372036854775807 is not allowed; it must be from 0 to 9007199254740991.", error.Message);
    }

    [Fact]
    public void TheLargestAllowedSeedPasses()
    {
        var scenario = TestScenarios.Demo() with { Seed = ScenarioLimits.MaxSeed };
        ScenarioLoader.Validate(scenario, "demo.json");
        Assert.Equal(ScenarioLimits.MaxSeed, ScenarioLoader.Parse(ScenarioWriter.ToJson(scenario), "r.json", ".").Seed);
    }
}
