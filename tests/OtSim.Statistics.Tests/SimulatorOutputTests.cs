namespace OtSim.Statistics.Tests;

/// <summary>
/// R reference fits on the simulator's student export (Fixtures/otsim-students.csv, copied from tests/fixtures-shared by
/// make-fixtures.R). A missing fixture fails these tests.
/// </summary>
public class SimulatorOutputTests
{
    private const string File = "otsim-students.csv";

    private static readonly string[] Numeric =
    [
        "progress", "delivered_total_minutes", "delivered_direct_minutes", "delivered_integrated_minutes",
        "delivered_consult_minutes", "severity", "baseline", "collaboration",
    ];

    [Fact]
    public void Fixture_is_the_current_shared_export()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "OtSim.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        string shared = Path.Combine(dir.FullName, "tests", "fixtures-shared", File);
        Assert.True(
            System.IO.File.ReadAllBytes(shared).AsSpan().SequenceEqual(System.IO.File.ReadAllBytes(CsvTable.FixturePath(File))),
            $"Fixtures/{File} is not a copy of {shared}: run Fixtures/make-fixtures.R so the R reference values describe the shared file.");
    }

    [Fact]
    public void TotalMinutesOls_MatchesR()
    {
        var data = CsvTable.Load(File).NumericColumns(Numeric);
        var design = DesignMatrix.FromFormula("delivered_total_minutes", data);
        var fit = OrdinaryLeastSquares.Fit(data["progress"], design);
        OrdinaryLeastSquaresTests.AssertMatchesR("students_total", fit, design.TermNames);
    }

    [Fact]
    public void MeanResponseInterval_MatchesRPredict()
    {
        var data = CsvTable.Load(File).NumericColumns(Numeric);
        var fit = OrdinaryLeastSquares.Fit(data["progress"], DesignMatrix.FromFormula("delivered_total_minutes", data));
        // R: predict(lm(progress ~ delivered_total_minutes, d), data.frame(delivered_total_minutes = c(300, 900)),
        //            interval = "confidence"), written by make-fixtures.R as model "students_predict".
        var expected = new[] { 300.0, 900.0 }.Select(x =>
        {
            string key = x.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (X: x, Fit: RReference.Get("students_predict", key, "fit"), Low: RReference.Get("students_predict", key, "lwr"),
                High: RReference.Get("students_predict", key, "upr"));
        }).ToList();
        foreach (var e in expected)
        {
            var (estimate, low, high) = fit.MeanInterval([1.0, e.X]);
            Assert.Equal(e.Fit, estimate, e.Fit * 1e-10);
            Assert.Equal(e.Low, low, e.Low * 1e-10);
            Assert.Equal(e.High, high, e.High * 1e-10);
        }
        Assert.Throws<ArgumentException>(() => fit.MeanInterval([1.0]));
    }

    [Fact]
    public void ModeMinutesOls_MatchesR()
    {
        var data = CsvTable.Load(File).NumericColumns(Numeric);
        var design = DesignMatrix.FromFormula(
            "delivered_direct_minutes + delivered_integrated_minutes + delivered_consult_minutes + severity + baseline + collaboration", data);
        Assert.Equal(Datasets.RTermOrder("students_modes"), design.TermNames);
        var fit = OrdinaryLeastSquares.Fit(data["progress"], design);
        OrdinaryLeastSquaresTests.AssertMatchesR("students_modes", fit, design.TermNames);
    }

    [Fact]
    public void InteractionMixedModel_MatchesLme4()
    {
        var table = CsvTable.Load(File);
        var data = table.NumericColumns(Numeric);
        var design = DesignMatrix.FromFormula("delivered_total_minutes * collaboration + severity + baseline", data);
        Assert.Equal(Datasets.RTermOrder("students_lmer"), design.TermNames);
        var fit = LinearMixedModel.FitReml(data["progress"], design, new Grouping("classroom_id", table.Strings("classroom_id")));
        LinearMixedModelTests.AssertMatchesLme4("students_lmer", fit, design);
    }
}
