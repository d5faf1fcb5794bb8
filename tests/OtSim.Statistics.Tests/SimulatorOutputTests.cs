namespace OtSim.Statistics.Tests;

/// <summary>R reference fits on the simulator's student export (Fixtures/otsim-students.csv).</summary>
public class SimulatorOutputTests
{
    private const string File = "otsim-students.csv";

    private static readonly string[] Numeric =
    [
        "progress", "delivered_total_minutes", "delivered_direct_minutes", "delivered_integrated_minutes",
        "delivered_consult_minutes", "severity", "baseline", "collaboration",
    ];

    [FixtureFact(File)]
    public void TotalMinutesOls_MatchesR()
    {
        var data = CsvTable.Load(File).NumericColumns(Numeric);
        var design = DesignMatrix.FromFormula("delivered_total_minutes", data);
        var fit = OrdinaryLeastSquares.Fit(data["progress"], design);
        OrdinaryLeastSquaresTests.AssertMatchesR("students_total", fit, design.TermNames);
    }

    [FixtureFact(File)]
    public void MeanResponseInterval_MatchesRPredict()
    {
        var data = CsvTable.Load(File).NumericColumns(Numeric);
        var fit = OrdinaryLeastSquares.Fit(data["progress"], DesignMatrix.FromFormula("delivered_total_minutes", data));
        // R: predict(lm(progress ~ delivered_total_minutes, d), data.frame(delivered_total_minutes = c(300, 900)),
        //            interval = "confidence"); relative tolerance 1e-10.
        var expected = new[]
        {
            (X: 300.0, Fit: 5.7678130813007371, Low: 5.2086715901996170, High: 6.3269545724018572),
            (X: 900.0, Fit: 6.4927567295084767, Low: 6.0110636033879423, High: 6.9744498556290111),
        };
        foreach (var e in expected)
        {
            var (estimate, low, high) = fit.MeanInterval([1.0, e.X]);
            Assert.Equal(e.Fit, estimate, e.Fit * 1e-10);
            Assert.Equal(e.Low, low, e.Low * 1e-10);
            Assert.Equal(e.High, high, e.High * 1e-10);
        }
        Assert.Throws<ArgumentException>(() => fit.MeanInterval([1.0]));
    }

    [FixtureFact(File)]
    public void ModeMinutesOls_MatchesR()
    {
        var data = CsvTable.Load(File).NumericColumns(Numeric);
        var design = DesignMatrix.FromFormula(
            "delivered_direct_minutes + delivered_integrated_minutes + delivered_consult_minutes + severity + baseline + collaboration", data);
        Assert.Equal(Datasets.RTermOrder("students_modes"), design.TermNames);
        var fit = OrdinaryLeastSquares.Fit(data["progress"], design);
        OrdinaryLeastSquaresTests.AssertMatchesR("students_modes", fit, design.TermNames);
    }

    [FixtureFact(File)]
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
