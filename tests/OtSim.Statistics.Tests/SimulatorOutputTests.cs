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
