namespace OtSim.Statistics.Tests;

public class OrdinaryLeastSquaresTests
{
    // NIST StRD certifies 15 digits; the QR fit reaches ~2e-13 relative here. We assert 1e-11 relative.
    private const double NistRel = 1e-11;

    // R reference values (lm/summary.lm/confint) are themselves computed by QR; agreement is ~1e-12; asserted at 1e-10.
    private const double RRel = 1e-10;

    private static OlsResult FitLongley()
    {
        var t = CsvTable.Load("longley.csv");
        var data = t.NumericColumns("x1", "x2", "x3", "x4", "x5", "x6");
        var design = DesignMatrix.FromFormula("x1 + x2 + x3 + x4 + x5 + x6", data);
        return OrdinaryLeastSquares.Fit(t.Doubles("y"), design);
    }

    [Fact]
    public void Longley_MatchesNistCertifiedValues()
    {
        var fit = FitLongley();
        var cert = CsvTable.Load("longley-certified.csv");
        var terms = cert.Strings("term");
        var est = cert.Strings("estimate");
        var se = cert.Strings("std_error");
        double Cert(string name) => double.Parse(est[Array.IndexOf(terms, name)], System.Globalization.CultureInfo.InvariantCulture);

        for (int j = 0; j < 7; j++)
        {
            var c = fit.Coefficients[j];
            Near.Equal(double.Parse(est[j], System.Globalization.CultureInfo.InvariantCulture), c.Estimate, NistRel, what: $"b{j}");
            Near.Equal(double.Parse(se[j], System.Globalization.CultureInfo.InvariantCulture), c.StdError, NistRel, what: $"se b{j}");
        }

        Near.Equal(Cert("residual_sd"), fit.ResidualStandardError, NistRel, what: "residual sd");
        Near.Equal(Cert("r_squared"), fit.RSquared, NistRel, what: "R2");
        Near.Equal(Cert("f_statistic"), fit.FStatistic, NistRel, what: "F");
        Near.Equal(Cert("residual_ss"), fit.Residuals.Sum(e => e * e), NistRel, what: "RSS");
        Assert.Equal(9, fit.ResidualDf);
        Assert.Equal(6, fit.FNumeratorDf);
    }

    [Fact]
    public void Longley_InferenceMatchesR()
    {
        var fit = FitLongley();
        AssertMatchesR("longley", fit, ["(Intercept)", "x1", "x2", "x3", "x4", "x5", "x6"]);
    }

    [Theory]
    [InlineData("syn_ols_main", "delivered_direct_minutes + severity + baseline + collaboration")]
    [InlineData("syn_ols_int", Datasets.NestedRhs)]
    [InlineData("syn_ols_noint", "0 + delivered_direct_minutes + baseline")]
    [InlineData("syn_ols_star", "collaboration * delivered_direct_minutes + severity")]
    public void Synthetic_MatchesR(string model, string rhs)
    {
        var data = Datasets.NestedNumeric();
        var design = DesignMatrix.FromFormula(rhs, data);
        Assert.Equal(Datasets.RTermOrder(model), design.TermNames);
        var fit = OrdinaryLeastSquares.Fit(data["progress"], design);
        AssertMatchesR(model, fit, design.TermNames);
    }

    [Fact]
    public void RankDeficientDesign_Throws()
    {
        var a = new double[] { 1, 2, 3, 4, 5 };
        var design = DesignMatrix.FromColumns(["(Intercept)", "a", "a2"], [[1, 1, 1, 1, 1], a, a.Select(v => 2 * v).ToArray()]);
        Assert.Throws<ArgumentException>(() => OrdinaryLeastSquares.Fit(new double[] { 1, 3, 2, 5, 4 }, design));
    }

    internal static void AssertMatchesR(string model, OlsResult fit, IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            var c = fit.Coefficients.Get(term);
            Near.Equal(RReference.Get(model, term, "estimate"), c.Estimate, RRel, what: $"{term} estimate");
            Near.Equal(RReference.Get(model, term, "std_error"), c.StdError, RRel, what: $"{term} se");
            Near.Equal(RReference.Get(model, term, "statistic"), c.Statistic, RRel, what: $"{term} t");
            Near.Equal(RReference.Get(model, term, "p_value"), c.PValue, 1e-7, what: $"{term} p");
            Near.Equal(RReference.Get(model, term, "ci_low"), c.CiLow, RRel, what: $"{term} ci low");
            Near.Equal(RReference.Get(model, term, "ci_high"), c.CiHigh, RRel, what: $"{term} ci high");
        }

        Near.Equal(RReference.Get(model, "r_squared"), fit.RSquared, RRel, what: "R2");
        Near.Equal(RReference.Get(model, "adj_r_squared"), fit.AdjustedRSquared, RRel, what: "adj R2");
        Near.Equal(RReference.Get(model, "sigma"), fit.ResidualStandardError, RRel, what: "sigma");
        Near.Equal(RReference.Get(model, "f_statistic"), fit.FStatistic, RRel, what: "F");
        Assert.Equal(RReference.Get(model, "f_df1"), fit.FNumeratorDf);
        Assert.Equal(RReference.Get(model, "f_df2"), fit.FDenominatorDf);
        Near.Equal(RReference.Get(model, "f_p_value"), fit.FPValue, 1e-7, what: "F p");
        Assert.Equal(RReference.Get(model, "n"), fit.N);
        Assert.Equal(RReference.Get(model, "df_residual"), fit.ResidualDf);
        Near.Equal(RReference.Get(model, "residual_1"), fit.Residuals[0], RRel, 1e-9, what: "residual[0]");
        Near.Equal(RReference.Get(model, "fitted_1"), fit.Fitted[0], RRel, what: "fitted[0]");
    }
}
