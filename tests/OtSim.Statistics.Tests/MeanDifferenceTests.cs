namespace OtSim.Statistics.Tests;

public class MeanDifferenceTests
{
    // t.test / hand-computed R reference; agreement ~1e-14, asserted at 1e-10 (p-values 1e-8).
    private const double Rel = 1e-10;

    private static (double[] A, double[] B) Groups()
    {
        var d = Datasets.NestedNumeric();
        var a = d["progress"].Where((_, i) => d["collaboration"][i] >= 0.5).ToArray();
        var b = d["progress"].Where((_, i) => d["collaboration"][i] < 0.5).ToArray();
        return (a, b);
    }

    [Fact]
    public void Welch_MatchesTTest()
    {
        var (a, b) = Groups();
        var w = MeanDifference.Welch(a, b);
        Near.Equal(RReference.Get("welch", "estimate"), w.Estimate, Rel, what: "diff");
        Near.Equal(RReference.Get("welch", "statistic"), w.Statistic, Rel, what: "t");
        Near.Equal(RReference.Get("welch", "df"), w.Df, Rel, what: "df");
        Near.Equal(RReference.Get("welch", "p_value"), w.PValue, 1e-8, what: "p");
        Near.Equal(RReference.Get("welch", "std_error"), w.StdError, Rel, what: "se");
        Near.Equal(RReference.Get("welch", "ci_low"), w.CiLow, Rel, what: "ci low");
        Near.Equal(RReference.Get("welch", "ci_high"), w.CiHigh, Rel, what: "ci high");
    }

    [Fact]
    public void HedgesG_MatchesRFormula()
    {
        var (a, b) = Groups();
        var g = MeanDifference.HedgesG(a, b);
        Near.Equal(RReference.Get("hedges", "cohens_d"), g.CohensD, Rel, what: "d");
        Near.Equal(RReference.Get("hedges", "j"), g.Correction, Rel, what: "J");
        Near.Equal(RReference.Get("hedges", "estimate"), g.Estimate, Rel, what: "g");
        Near.Equal(RReference.Get("hedges", "std_error"), g.StdError, Rel, what: "se");
        Near.Equal(RReference.Get("hedges", "ci_low"), g.CiLow, Rel, what: "ci low");
        Near.Equal(RReference.Get("hedges", "ci_high"), g.CiHigh, Rel, what: "ci high");
        double m = a.Length + b.Length - 2;
        Near.Equal(1 - 3 / (4 * m - 1), g.Correction, 1e-5, what: "J ≈ 1 - 3/(4m-1)");
    }

    [Fact]
    public void MeanWithCi_MatchesOneSampleTTest()
    {
        var y = Datasets.NestedNumeric()["progress"];
        var m = Descriptive.MeanWithCi(y);
        Near.Equal(RReference.Get("mean_ci", "estimate"), m.Mean, Rel, what: "mean");
        Near.Equal(RReference.Get("mean_ci", "sd"), m.StdDev, Rel, what: "sd");
        Near.Equal(RReference.Get("mean_ci", "std_error"), m.StdError, Rel, what: "se");
        Near.Equal(RReference.Get("mean_ci", "ci_low"), m.CiLow, Rel, what: "ci low");
        Near.Equal(RReference.Get("mean_ci", "ci_high"), m.CiHigh, Rel, what: "ci high");
    }

    [Fact]
    public void TinySample_Throws() =>
        Assert.Throws<ArgumentException>(() => MeanDifference.Welch([1.0], [1.0, 2.0]));
}
