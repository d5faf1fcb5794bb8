using System.Globalization;
using System.Text.Json;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests;

/// <summary>docs/MODEL.md and the JSON Schema must list every parameter with the default the code uses.</summary>
public sealed class DocumentationTests
{
    [Fact]
    public void ModelDocListsEveryParameterWithItsDefault()
    {
        var lines = File.ReadAllLines(Path.Combine(TestScenarios.RepoRoot, "docs", "MODEL.md"));
        foreach (var info in ParameterCatalog.All)
        {
            var row = lines.SingleOrDefault(l => l.StartsWith($"| `{info.Name}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/MODEL.md has no row for {info.Name}");
            var cells = row!.Split('|', StringSplitOptions.TrimEntries);
            Assert.Equal(info.Default, double.Parse(cells[2], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void CatalogDefaultsAreTheRecordDefaults()
    {
        var defaults = new ModelParameters();
        Assert.All(ParameterCatalog.All, info => Assert.Equal(info.Default, info.Get(defaults)));
    }

    [Fact]
    public void SchemaListsEveryParameterWithItsDefaultAndRange()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestScenarios.RepoRoot, "docs", "scenario.schema.json")));
        var parameters = schema.RootElement.GetProperty("properties").GetProperty("parameters").GetProperty("properties");
        foreach (var info in ParameterCatalog.All)
        {
            var p = parameters.GetProperty(info.Name);
            Assert.Equal(info.Default, p.GetProperty("default").GetDouble());
            Assert.Equal(info.Min, p.GetProperty("minimum").GetDouble());
            Assert.Equal(info.Max, p.GetProperty("maximum").GetDouble());
        }
    }
}
