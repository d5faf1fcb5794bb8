using OtSim.Model.Experiments;

namespace OtSim.Sensitivity.Tests;

public class SobolSequenceTests
{
    [Fact]
    public void Unscrambled_points_match_the_joe_kuo_reference()
    {
        // First ten points of the 3-D sequence from new-joe-kuo-6.21201 (as printed by Joe and Kuo's sobol.cc).
        double[][] expected =
        [
            [0, 0, 0], [0.5, 0.5, 0.5], [0.75, 0.25, 0.25], [0.25, 0.75, 0.75], [0.375, 0.375, 0.625],
            [0.875, 0.875, 0.125], [0.625, 0.125, 0.875], [0.125, 0.625, 0.375], [0.1875, 0.3125, 0.9375], [0.6875, 0.8125, 0.4375],
        ];
        var points = SobolSequence.Generate(10, 3, null);
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(expected[i], points[i]);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(42UL)]
    public void Every_dimension_of_a_power_of_two_prefix_has_one_point_per_stratum(ulong? seed)
    {
        const int n = 1024;
        var points = SobolSequence.Generate(n, SobolSequence.MaxDimensions, seed);
        for (int d = 0; d < SobolSequence.MaxDimensions; d++)
        {
            var strata = points.Select(p => (int)(p[d] * n)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, n), strata);
        }
    }

    [Fact]
    public void Scrambling_is_deterministic_per_seed_and_differs_between_seeds()
    {
        var a = SobolSequence.Generate(64, 4, 7);
        var b = SobolSequence.Generate(64, 4, 7);
        var c = SobolSequence.Generate(64, 4, 8);
        Assert.Equal(a.SelectMany(p => p), b.SelectMany(p => p));
        Assert.NotEqual(a.SelectMany(p => p), c.SelectMany(p => p));
        Assert.NotEqual(0.0, a[0][0]); // the digital shift moves the origin
    }

    [Fact]
    public void Two_dimensional_projections_of_the_scrambled_net_are_balanced()
    {
        // A (0, m, 2)-net: with 2^m points, every 2^a x 2^(m-a) box of dimensions 1 and 2 holds exactly one point.
        const int m = 8;
        var points = SobolSequence.Generate(1 << m, 2, 3);
        for (int a = 0; a <= m; a++)
        {
            var cells = points.Select(p => ((int)(p[0] * (1 << a)), (int)(p[1] * (1 << (m - a))))).Distinct().Count();
            Assert.Equal(1 << m, cells);
        }
    }
}
