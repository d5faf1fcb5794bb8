using System.Globalization;
using System.Text.Json;
using OtSim.Analysis.Pipeline;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>
/// Runs the pipeline once on tests/fixtures-shared/otsim-students.csv (one replication, three policies) and keeps the
/// parsed analysis.json, report.html and R's reference values (tests/OtSim.Statistics.Tests/Fixtures/r-reference.csv).
/// </summary>
public sealed class PipelineFixture : IDisposable
{
    public PipelineFixture()
    {
        Root = FindRepositoryRoot();
        Folder = Path.Combine(Path.GetTempPath(), "otsim-pipeline-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File.Copy(Path.Combine(Root, "tests", "fixtures-shared", "otsim-students.csv"), Path.Combine(Folder, "students.csv"));
        Document = AnalysisPipeline.AnalyseOtSimFolder(Folder, null, "test");
        JsonText = File.ReadAllText(Path.Combine(Folder, "analysis.json"));
        Json = JsonDocument.Parse(JsonText);
        Html = File.ReadAllText(Path.Combine(Folder, "report.html"));
        Reference = LoadReference(Path.Combine(Root, "tests", "OtSim.Statistics.Tests", "Fixtures", "r-reference.csv"));
    }

    public string Root { get; }

    public string Folder { get; }

    public AnalysisDocument Document { get; }

    public string JsonText { get; }

    public JsonDocument Json { get; }

    public string Html { get; }

    public Dictionary<(string Model, string Term, string Quantity), double> Reference { get; }

    public JsonElement Model(string name) =>
        Json.RootElement.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("name").GetString() == name);

    public static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OtSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (OtSim.sln) not found.");
    }

    public void Dispose()
    {
        Json.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static Dictionary<(string, string, string), double> LoadReference(string path)
    {
        var result = new Dictionary<(string, string, string), double>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length == 4 && double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                result[(parts[0], parts[1], parts[2])] = v;
            }
        }

        return result;
    }
}
