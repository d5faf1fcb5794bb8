using OtSim.Analysis.Data;
using OtSim.Analysis.Pipeline;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>The same analysis on a district-style CSV; bad input fails clearly and writes nothing.</summary>
public sealed class ExternalCsvTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "otsim-external-tests-" + Guid.NewGuid().ToString("N"));

    public ExternalCsvTests()
    {
        Directory.CreateDirectory(_folder);
        var lines = File.ReadAllLines(Path.Combine(PipelineFixture.FindRepositoryRoot(), "tests", "fixtures-shared", "otsim-students.csv"));
        var header = lines[0].Split(',');
        int Col(string c) => Array.IndexOf(header, c);
        var keep = new[] { "classroom_id", "policy", "severity", "baseline", "delivered_total_minutes", "progress" };
        var rows = lines.Select((l, i) => i == 0
            ? "class,program,severity,baseline,minutes,score"
            : string.Join(',', keep.Select(k => l.Split(',')[Col(k)])));
        File.WriteAllLines(Csv, rows);
    }

    private string Csv => Path.Combine(_folder, "district.csv");

    private string Out => Path.Combine(_folder, "out");

    [Fact]
    public void AnalysesATidyCsv_WithTheSameOutputs()
    {
        var doc = AnalysisPipeline.AnalyseCsv(Csv, new ExternalAnalysisOptions("score", "minutes", ["severity", "baseline"], "class", "program", false), Out, "test");
        Assert.Contains(doc.Models, m => m.Name == "mixed" && m.Formula == "score ~ minutes + severity + baseline + (1 | class)");
        Assert.Contains(doc.Models, m => m.Name == "adjusted_ols_cr1" && m.Cluster == "class");
        Assert.Contains(doc.Models, m => m.Subset == "program == \"blanket-30\"");
        Assert.NotNull(doc.Policies);
        Assert.True(File.Exists(Path.Combine(Out, "report.html")));
        Assert.True(File.Exists(Path.Combine(Out, "analysis.json")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Out, "charts"), "*.png"));
    }

    [Fact]
    public void MissingColumn_NamesFileAndColumn_AndWritesNothing()
    {
        var ex = Assert.Throws<DataFormatException>(() =>
            AnalysisPipeline.AnalyseCsv(Csv, new ExternalAnalysisOptions("score", "hours", [], null, null, false), Out, "test"));
        Assert.Contains("district.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"hours\"", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void NonNumericCell_NamesTheRow_AndWritesNothing()
    {
        var lines = File.ReadAllLines(Csv);
        lines[5] = lines[5][..lines[5].LastIndexOf(',')] + ",n/a";
        File.WriteAllLines(Csv, lines);
        var ex = Assert.Throws<DataFormatException>(() =>
            AnalysisPipeline.AnalyseCsv(Csv, new ExternalAnalysisOptions("score", "minutes", [], null, null, false), Out, "test"));
        Assert.Equal(5, ex.Row);
        Assert.Contains("row 5", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void PersonalDataColumn_IsRefused_OrLeftOutWhenAllowed()
    {
        var lines = File.ReadAllLines(Csv).Select((l, i) => l + (i == 0 ? ",student_name" : $",Child {i}")).ToArray();
        File.WriteAllLines(Csv, lines);
        var options = new ExternalAnalysisOptions("score", "minutes", [], "class", null, false);
        Assert.Throws<PersonalDataException>(() => AnalysisPipeline.AnalyseCsv(Csv, options, Out, "test"));
        Assert.False(Directory.Exists(Out));

        AnalysisPipeline.AnalyseCsv(Csv, options with { AllowPersonalData = true }, Out, "test");
        foreach (var file in Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".png", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Child 1", text, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
