namespace OtSim.Statistics.Tests;

public class CorrelationTests
{
    // cor.test reference; closed-form estimators agree to ~1e-14, asserted at 1e-10 (p-values 1e-8).
    private const double Rel = 1e-10;

    [Fact]
    public void Pearson_MatchesCorTest()
    {
        var d = Datasets.NestedNumeric();
        var r = Correlation.Pearson(d["delivered_direct_minutes"], d["progress"]);
        Near.Equal(RReference.Get("pearson", "estimate"), r.Estimate, Rel, what: "r");
        Near.Equal(RReference.Get("pearson", "statistic"), r.Statistic, Rel, what: "t");
        Near.Equal(RReference.Get("pearson", "p_value"), r.PValue, 1e-8, what: "p");
        Near.Equal(RReference.Get("pearson", "ci_low"), r.CiLow, Rel, what: "ci low");
        Near.Equal(RReference.Get("pearson", "ci_high"), r.CiHigh, Rel, what: "ci high");
        Assert.Equal(RReference.Get("pearson", "df"), r.Df);
    }

    [Fact]
    public void Spearman_WithTies_MatchesCorTestNonExact()
    {
        var d = Datasets.NestedNumeric();
        var x = d["delivered_direct_minutes"].Select(v => Math.Round(v / 10, MidpointRounding.ToEven) * 10).ToArray();
        var y = d["progress"].Select(v => Math.Round(v, MidpointRounding.ToEven)).ToArray();
        Assert.True(x.Distinct().Count() < x.Length, "fixture must contain ties");
        var s = Correlation.Spearman(x, y);
        double rho = RReference.Get("spearman", "estimate");
        int n = x.Length;
        Near.Equal(rho, s.Estimate, Rel, what: "rho");
        Near.Equal((Math.Pow(n, 3) - n) * (1 - rho) / 6, (Math.Pow(n, 3) - n) * (1 - s.Estimate) / 6, Rel, what: "S");
        Near.Equal(RReference.Get("spearman", "statistic_S"), (Math.Pow(n, 3) - n) * (1 - s.Estimate) / 6, 1e-9, what: "S vs R");
        Near.Equal(RReference.Get("spearman", "p_value"), s.PValue, 1e-8, what: "p");
        Near.Equal(RReference.Get("spearman", "ci_low"), s.CiLow, Rel, what: "Fieller ci low");
        Near.Equal(RReference.Get("spearman", "ci_high"), s.CiHigh, Rel, what: "Fieller ci high");
    }

    [Fact]
    public void Spearman_IsInvariantToMonotoneTransforms()
    {
        double[] x = [1, 2, 3, 4, 5, 6, 7];
        double[] y = [2, 1, 4, 3, 7, 5, 6];
        var a = Correlation.Spearman(x, y);
        var b = Correlation.Spearman(x.Select(Math.Exp).ToArray(), y.Select(v => v * v * v).ToArray());
        Assert.Equal(a.Estimate, b.Estimate, 12);
        Assert.Equal(1.0, Correlation.Spearman(x, x.Select(v => v * v).ToArray()).Estimate, 12);
        Assert.Equal(0.0, Correlation.Spearman(x, x.Select(v => v * v).ToArray()).PValue);
    }
}
