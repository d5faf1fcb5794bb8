using System.Globalization;
using OtSim.Analysis.Data;
using OtSim.Analysis.Pipeline;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>
/// Inputs that used to give wrong answers or crash: each is refused (exit 2 in the CLI) or analysed with a note
/// and no claim the data cannot support; what R users export loads and gives R's numbers.
/// </summary>
public sealed class ExternalInputsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("otsim-inputs-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private static string RFixture(string name) => Path.Combine(Support.SharedFixtures.R, name);

    private string Out => Path.Combine(_folder, "out");

    private string Write(string name, Func<int, string> row, string header = "id,dose,progress,sev,classroom")
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllLines(path, new[] { header }.Concat(Enumerable.Range(1, 40).Select(row)));
        return path;
    }

    private static string Good(int i) => string.Create(CultureInfo.InvariantCulture,
        $"{i},{(i * 37 % 100) + 0.5},{(i * 37 % 100 * 0.1) + (i * 13 % 7) - 3},{i * 7 % 11},c{i % 4}");

    private static ExternalAnalysisOptions Options(string outcome = "progress", string dose = "dose", string[]? covariates = null, string? cluster = null) =>
        new(outcome, dose, covariates ?? ["sev"], cluster, null, false);

    [Fact]
    public void NaNCellIsRefusedNamingTheRowAndNothingIsWritten()
    {
        string csv = Write("nan.csv", i => i == 7 ? "7,10,NaN,1,c1" : Good(i));

        var error = Assert.Throws<DataFormatException>(() => AnalysisPipeline.AnalyseCsv(csv, Options(), Out, "test"));

        Assert.Equal(("progress", 7, "NaN"), (error.Column, error.Row, error.Value));
        Assert.Contains("nan.csv: column \"progress\", row 7", error.Message);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void AnOutcomeThatNeverChangesIsRefused()
    {
        string csv = Write("flat.csv", i => Good(i).Split(',') is var c ? $"{c[0]},{c[1]},5,{c[3]},{c[4]}" : "");

        var error = Assert.Throws<DataFormatException>(() => AnalysisPipeline.AnalyseCsv(csv, Options(cluster: "classroom"), Out, "test"));

        Assert.Contains("column \"progress\" (the outcome) has the same value (5) in every row", error.Message);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void ADoseThatNeverChangesIsRefused()
    {
        string csv = Write("flatdose.csv", i => Good(i).Split(',') is var c ? $"{c[0]},30,{c[2]},{c[3]},{c[4]}" : "");

        var error = Assert.Throws<DataFormatException>(() => AnalysisPipeline.AnalyseCsv(csv, Options(), Out, "test"));

        Assert.Contains("column \"dose\" (the dose) has the same value (30) in every row", error.Message);
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("-1e200")]
    public void ValuesWhoseSquaresOverflowAreRefused(string huge)
    {
        string csv = Write("big.csv", i => i == 3 ? $"3,{huge},1,1,c1" : Good(i));

        var error = Assert.Throws<DataFormatException>(() => AnalysisPipeline.AnalyseCsv(csv, Options(), Out, "test"));

        Assert.Contains("column \"dose\", row 3", error.Message);
        Assert.Contains("too large to analyse", error.Message);
    }

    [Theory]
    [InlineData("progress", "progress", "--outcome and --dose both name it")]
    [InlineData("progress", "dose", "--outcome and --covariates both name it", "progress")]
    [InlineData("progress", "dose", "--covariates names it twice", "sev", "sev")]
    public void OneColumnInTwoRolesIsRefused(string outcome, string dose, string expected, params string[] covariates)
    {
        string csv = Write("ok.csv", Good);

        var error = Assert.Throws<DataFormatException>(() => AnalysisPipeline.AnalyseCsv(csv, Options(outcome, dose, covariates), Out, "test"));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void ASingleLevelClusterFallsBackToIndependentRowsAndSaysSoAsLme4Refuses()
    {
        string lme4 = File.ReadAllText(RFixture("lmer_single_level_error.txt")).Trim();
        string csv = Write("onecl.csv", i => Good(i)[..Good(i).LastIndexOf(',')] + ",only");

        var doc = AnalysisPipeline.AnalyseCsv(csv, Options(cluster: "classroom"), Out, "test");

        Assert.DoesNotContain(doc.Models, m => m.Kind == "lmer" || m.Cluster is not null);
        Assert.Contains(doc.Models, m => m.Name == ModelSuite.AdjustedOls);
        Assert.Contains(doc.Notes, n => n.Contains(lme4, StringComparison.Ordinal) && n.Contains("\"classroom\" has a single value", StringComparison.Ordinal));
    }

    [Fact]
    public void RWriteCsvWithRowNamesAndAFactorCovariateGivesRsLmCoefficients()
    {
        var doc = AnalysisPipeline.AnalyseCsv(RFixture("r_export.csv"), Options("progress", "minutes", ["severity", "site"]), Out, "test");

        var model = Assert.Single(doc.Models, m => m.Name == ModelSuite.AdjustedOls);
        Assert.Equal("progress ~ minutes + severity + sitenorth + sitesouth", model.Formula);
        AssertMatchesR(model);
        Assert.Contains(doc.Notes, n => n.Contains("row names", StringComparison.Ordinal));
        Assert.Contains(doc.Notes, n => n.Contains("reference level \"East\"", StringComparison.Ordinal));
    }

    [Fact]
    public void RWriteCsv2ReadWithTheEuropeanDialectGivesTheSameCoefficients()
    {
        var options = Options("progress", "minutes", ["severity", "site"]) with { Dialect = CsvDialect.European };

        var doc = AnalysisPipeline.AnalyseCsv(RFixture("r_export2.csv"), options, Out, "test");

        AssertMatchesR(Assert.Single(doc.Models, m => m.Name == ModelSuite.AdjustedOls));
    }

    [Fact]
    public void OtSimResultsWithAttendanceColumnsLoad()
    {
        string folder = Path.Combine(_folder, "results");
        Directory.CreateDirectory(folder);
        var lines = File.ReadAllLines(Path.Combine(PipelineFixture.FindRepositoryRoot(), "tests", "fixtures-shared", "otsim-students.csv"));
        Assert.EndsWith(",attendance_rate,sessions_missed_absent,entry_week,exit_week,exit_reason", lines[0], StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(folder, "students.csv"), lines);

        var input = DatasetLoader.LoadOtSim(folder);

        Assert.Equal(lines.Length - 1, input.Data.RowCount);
        var attendance = input.Data.Numeric["attendance_rate"];
        Assert.Equal(lines.Length - 1, attendance.Length);
        Assert.All(attendance, a => Assert.InRange(a, 0.5, 1.0));
        Assert.Contains(input.Data.Numeric["sessions_missed_absent"], m => m > 0);
        Assert.Equal(lines.Length - 1, input.Data.Number("progress").Length);
    }

    private static void AssertMatchesR(ModelEstimate model)
    {
        var r = File.ReadAllLines(RFixture("lm_factor_coefficients.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(r.Select(c => c[0].Trim('"')), model.Coefficients.Select(c => c.Term));
        foreach (var row in r)
        {
            var c = model.Term(row[0].Trim('"'))!;
            double[] expected = row.Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            double[] actual = [c.Estimate, c.StdError, c.PValue, c.CiLow, c.CiHigh];
            for (int k = 0; k < expected.Length; k++)
            {
                Assert.Equal(expected[k], actual[k], Math.Abs(expected[k]) * 1e-7);
            }
        }
    }
}
