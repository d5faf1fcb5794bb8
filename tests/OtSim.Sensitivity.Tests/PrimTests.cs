using OtSim.Model.Randomness;

namespace OtSim.Sensitivity.Tests;

public class PrimTests
{
    private static (double[][] X, bool[] Y) Data(int n, double noise)
    {
        var rng = new StreamRandom(99, 0, 1, StreamPurpose.DesignSample);
        var x = new double[n][];
        var y = new bool[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = [rng.NextDouble(), rng.NextDouble(), rng.NextDouble(), rng.NextDouble()];
            bool inside = x[i][0] > 0.6 && x[i][1] < 0.3;
            y[i] = rng.NextDouble() < noise ? !inside : inside;
        }
        return (x, y);
    }

    [Fact]
    public void Finds_the_region_built_into_the_data()
    {
        var (x, y) = Data(3000, 0);
        var result = Prim.Run(x, y, ["a", "b", "c", "d"]);
        var box = result.Boxes[0];
        Assert.True(box.MeetsThreshold);
        Assert.Equal(["a", "b"], box.Restrictions.Select(r => r.Input).Order());
        var a = box.Restrictions.Single(r => r.Input == "a");
        var b = box.Restrictions.Single(r => r.Input == "b");
        Assert.InRange(a.Min, 0.55, 0.65);
        Assert.InRange(b.Max, 0.25, 0.35);
        Assert.True(box.Density >= 0.9, $"density {box.Density}");
        Assert.True(box.Coverage >= 0.85, $"coverage {box.Coverage}");
        Assert.All(box.Restrictions, r => Assert.True(r.QuasiP < 1e-6, $"{r.Input}: {r.QuasiP}"));
        Assert.Equal(result.Trajectory[result.ChosenStep].Coverage, box.Coverage);
        Assert.Equal(1, result.Trajectory[0].Mass);
        Assert.Equal(0, result.Trajectory[0].Restricted);
    }

    [Fact]
    public void Noise_lowers_density_but_keeps_the_restrictions()
    {
        var (x, y) = Data(3000, 0.05);
        var box = Prim.Run(x, y, ["a", "b", "c", "d"]).Boxes[0];
        Assert.Contains(box.Restrictions, r => r.Input == "a" && r.Min is > 0.5 and < 0.7);
        Assert.Contains(box.Restrictions, r => r.Input == "b" && r.Max is > 0.2 and < 0.4);
        Assert.InRange(box.Density, 0.75, 0.99);
    }

    [Fact]
    public void Quasi_p_is_the_upper_binomial_tail()
    {
        Assert.Equal(56.0 / 1024, QuasiP.Binomial(8, 10, 0.5), 12);
        Assert.Equal(1, QuasiP.Binomial(0, 10, 0.3));
        Assert.Equal(Math.Pow(0.2, 5), QuasiP.Binomial(5, 5, 0.2), 14);
    }

    [Fact]
    public void Quantile_moves_past_ties_like_sdtoolkit()
    {
        Assert.Equal(1.5, PrimQuantile.Of([1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19], 0.05));
        Assert.Equal(19.5, PrimQuantile.Of(Enumerable.Range(1, 20).Select(i => (double)i).ToArray(), 0.95), 12);
    }

    [Fact]
    public void No_case_of_interest_is_a_clear_error()
    {
        var (x, _) = Data(50, 0);
        Assert.Contains("no row", Assert.Throws<SensitivityException>(() => Prim.Run(x, new bool[50], ["a", "b", "c", "d"])).Message, StringComparison.Ordinal);
    }
}
