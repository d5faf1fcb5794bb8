using OtSim.Model.Experiments;

namespace OtSim.Sensitivity.Tests;

/// <summary>Indices at N = 8192 must lie within 0.02 of the analytic values (the tolerance).</summary>
public class SobolAnalysisTests
{
    private const double Tolerance = 0.02;

    private static SobolResult Run(int k, bool secondOrder, Func<double[], double> f, int n = 8192, int resamples = 200)
    {
        var design = SaltelliDesign.Sample(n, k, secondOrder, 2024);
        var y = design.Select(f).ToArray();
        return SobolAnalysis.Analyze(y, Enumerable.Range(1, k).Select(i => $"x{i}").ToArray(), secondOrder, 11, resamples);
    }

    [Fact]
    public void Ishigami_first_total_and_second_order_indices_match_the_closed_form()
    {
        var (s1, st, s13) = Functions.IshigamiIndices();
        var result = Run(3, true, u => Functions.Ishigami(u));
        for (int i = 0; i < 3; i++)
        {
            Assert.InRange(result.Parameters[i].S1, s1[i] - Tolerance, s1[i] + Tolerance);
            Assert.InRange(result.Parameters[i].ST, st[i] - Tolerance, st[i] + Tolerance);
            Assert.True(result.Parameters[i].S1CiLow < result.Parameters[i].S1 && result.Parameters[i].S1 < result.Parameters[i].S1CiHigh);
        }
        var pairs = result.SecondOrder!;
        Assert.Equal(3, pairs.Count);
        var x13 = pairs.Single(p => p is { A: "x1", B: "x3" });
        Assert.InRange(x13.S2, s13 - Tolerance, s13 + Tolerance);
        Assert.InRange(pairs.Single(p => p is { A: "x1", B: "x2" }).S2, -Tolerance, Tolerance);
        Assert.InRange(pairs.Single(p => p is { A: "x2", B: "x3" }).S2, -Tolerance, Tolerance);
    }

    [Fact]
    public void Sobol_G_function_indices_match_the_closed_form()
    {
        double[] a = [0, 1, 4.5, 9, 99, 99];
        var (s1, st) = Functions.GIndices(a);
        var result = Run(a.Length, false, x => Functions.G(x, a));
        Assert.Null(result.SecondOrder);
        for (int i = 0; i < a.Length; i++)
        {
            Assert.InRange(result.Parameters[i].S1, s1[i] - Tolerance, s1[i] + Tolerance);
            Assert.InRange(result.Parameters[i].ST, st[i] - Tolerance, st[i] + Tolerance);
        }
    }

    [Fact]
    public void Additive_linear_model_with_equal_variances_gives_one_over_k()
    {
        const int k = 4;
        var result = Run(k, false, x => x.Sum() * 3 + 10);
        foreach (var p in result.Parameters)
        {
            Assert.InRange(p.S1, (1.0 / k) - Tolerance, (1.0 / k) + Tolerance);
            Assert.InRange(p.ST, (1.0 / k) - Tolerance, (1.0 / k) + Tolerance);
        }
    }

    [Fact]
    public void Bootstrap_intervals_are_reproducible_and_shrink_with_more_samples()
    {
        var small = Run(3, false, u => Functions.Ishigami(u), n: 256);
        var again = Run(3, false, u => Functions.Ishigami(u), n: 256);
        var large = Run(3, false, u => Functions.Ishigami(u), n: 4096);
        Assert.Equal(small.Parameters, again.Parameters);
        for (int i = 0; i < 3; i++)
        {
            double w = small.Parameters[i].STCiHigh - small.Parameters[i].STCiLow;
            double wl = large.Parameters[i].STCiHigh - large.Parameters[i].STCiLow;
            Assert.True(wl < w / 2, $"x{i + 1}: width {wl} at N=4096 vs {w} at N=256");
        }
    }

    [Fact]
    public void Rejects_a_sample_count_that_is_not_a_power_of_two_and_a_constant_output()
    {
        var ex = Assert.Throws<ArgumentException>(() => SaltelliDesign.Sample(1000, 3, false, 1));
        Assert.Contains("power of two", ex.Message, StringComparison.Ordinal);
        var flat = Assert.Throws<SensitivityException>(() => SobolAnalysis.Analyze(new double[5 * 8], ["a", "b", "c"], false, 1));
        Assert.Contains("no variance", flat.Message, StringComparison.Ordinal);
        Assert.Throws<SensitivityException>(() => SobolAnalysis.Analyze(new double[41], ["a", "b", "c"], false, 1));
    }
}
