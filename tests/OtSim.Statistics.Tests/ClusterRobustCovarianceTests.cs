namespace OtSim.Statistics.Tests;

public class ClusterRobustCovarianceTests
{
    // sandwich::vcovCL + lmtest::coeftest/coefci reference; agreement is ~1e-12, asserted at 1e-10 (p at 1e-7).
    private const double Rel = 1e-10;

    [Theory]
    [InlineData("syn_cr1_school", Datasets.NestedRhs, "school_id", 12)]
    [InlineData("syn_cr1_class", "delivered_direct_minutes + severity + baseline + collaboration", "classroom_id", 60)]
    public void Cr1_MatchesSandwichVcovCl(string model, string rhs, string clusterColumn, int clusters)
    {
        var data = Datasets.NestedNumeric();
        var design = DesignMatrix.FromFormula(rhs, data);
        var fit = OrdinaryLeastSquares.Fit(data["progress"], design);
        var labels = Datasets.Nested.Value.Strings(clusterColumn);

        var cr = ClusterRobustCovariance.Compute(fit, labels);
        Assert.Equal(clusters, cr.ClusterCount);
        Assert.Equal(clusters - 1, cr.Df);
        var resid = ClusterRobustCovariance.Compute(fit, labels, ClusterDegreesOfFreedom.Residual);
        Assert.Equal(fit.ResidualDf, resid.Df);

        foreach (var term in design.TermNames)
        {
            var c = cr.Coefficients.Get(term);
            Near.Equal(RReference.Get(model, term, "estimate"), c.Estimate, Rel, what: $"{term} estimate");
            Near.Equal(RReference.Get(model, term, "std_error"), c.StdError, Rel, what: $"{term} CR1 se");
            Near.Equal(RReference.Get(model, term, "statistic"), c.Statistic, Rel, what: $"{term} t");
            Near.Equal(RReference.Get(model, term, "p_value"), c.PValue, 1e-7, what: $"{term} p (G-1 df)");
            Near.Equal(RReference.Get(model, term, "ci_low"), c.CiLow, Rel, what: $"{term} ci low (G-1 df)");
            Near.Equal(RReference.Get(model, term, "ci_high"), c.CiHigh, Rel, what: $"{term} ci high (G-1 df)");

            var r = resid.Coefficients.Get(term);
            Assert.Equal(c.StdError, r.StdError);
            Near.Equal(RReference.Get(model, term, "p_value_resid_df"), r.PValue, 1e-7, what: $"{term} p (n-p df)");
            Near.Equal(RReference.Get(model, term, "ci_low_resid_df"), r.CiLow, Rel, what: $"{term} ci low (n-p df)");
            Near.Equal(RReference.Get(model, term, "ci_high_resid_df"), r.CiHigh, Rel, what: $"{term} ci high (n-p df)");
        }
    }

    [Fact]
    public void SingleCluster_Throws()
    {
        var design = DesignMatrix.FromFormula("x", new Dictionary<string, double[]> { ["x"] = [1, 2, 3, 4] });
        var fit = OrdinaryLeastSquares.Fit(new double[] { 1, 2, 2, 5 }, design);
        Assert.Throws<ArgumentException>(() => ClusterRobustCovariance.Compute(fit, new[] { "a", "a", "a", "a" }));
    }
}
