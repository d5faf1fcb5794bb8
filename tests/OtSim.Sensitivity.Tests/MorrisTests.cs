using OtSim.Model.Experiments;

namespace OtSim.Sensitivity.Tests;

public class MorrisTests
{
    private static readonly string[] Names = ["x1", "x2", "x3"];

    [Fact]
    public void Each_trajectory_moves_every_factor_once_by_delta_on_the_grid()
    {
        const int p = 4, k = 3, r = 20;
        double delta = MorrisDesign.Delta(p);
        Assert.Equal(2.0 / 3.0, delta, 12);
        var rows = MorrisDesign.Sample(r, k, p, 5);
        Assert.Equal(r * (k + 1), rows.Length);
        for (int t = 0; t < r; t++)
        {
            var moved = new List<int>();
            for (int m = 1; m <= k; m++)
            {
                var before = rows[(t * (k + 1)) + m - 1];
                var after = rows[(t * (k + 1)) + m];
                var changed = Enumerable.Range(0, k).Where(j => before[j] != after[j]).ToList();
                Assert.Single(changed);
                Assert.Equal(delta, Math.Abs(after[changed[0]] - before[changed[0]]), 12);
                moved.Add(changed[0]);
            }
            Assert.Equal([0, 1, 2], moved.Order());
            Assert.All(rows.Skip(t * (k + 1)).Take(k + 1).SelectMany(v => v), v => Assert.Equal(0, Math.Round(v * (p - 1), 9) % 1));
        }
    }

    [Fact]
    public void Linear_function_has_elementary_effects_equal_to_its_coefficients()
    {
        // f = 3 x1 − 2 x2 + 0 x3: every elementary effect of x_i is exactly its coefficient.
        var rows = MorrisDesign.Sample(30, 3, 4, 9);
        var y = rows.Select(x => (3 * x[0]) - (2 * x[1])).ToArray();
        var result = MorrisAnalysis.Analyze(rows, y, Names, 1);
        Assert.Equal(30, result.Trajectories);
        Assert.Equal(3, result.Parameters[0].Mu, 9);
        Assert.Equal(3, result.Parameters[0].MuStar, 9);
        Assert.Equal(0, result.Parameters[0].Sigma, 9);
        Assert.Equal(-2, result.Parameters[1].Mu, 9);
        Assert.Equal(2, result.Parameters[1].MuStar, 9);
        Assert.Equal(0, result.Parameters[2].MuStar, 12);
        Assert.Equal(3, result.Parameters[0].MuStarCiLow, 9);
        Assert.Equal(3, result.Parameters[0].MuStarCiHigh, 9);
    }

    [Fact]
    public void Interaction_effects_equal_the_partner_value_and_spread_shows_in_sigma()
    {
        // f = x1 · x2: the effect of x1 is the value x2 has at that step (and vice versa), so μ* = mean of those values.
        const int k = 2, r = 40;
        var rows = MorrisDesign.Sample(r, k, 4, 21);
        var y = rows.Select(x => x[0] * x[1]).ToArray();
        var result = MorrisAnalysis.Analyze(rows, y, ["x1", "x2"], 3);
        var partner = new List<double>();
        for (int t = 0; t < r; t++)
        {
            for (int m = 1; m <= k; m++)
            {
                var before = rows[(t * (k + 1)) + m - 1];
                var after = rows[(t * (k + 1)) + m];
                if (before[0] != after[0])
                {
                    partner.Add(after[1]);
                }
            }
        }
        Assert.Equal(r, partner.Count);
        Assert.Equal(partner.Average(), result.Parameters[0].MuStar, 9);
        Assert.True(result.Parameters[0].Sigma > 0.1);
        Assert.True(result.Parameters[0].MuStarCiLow < result.Parameters[0].MuStar && result.Parameters[0].MuStar < result.Parameters[0].MuStarCiHigh);
    }

    [Fact]
    public void Rejects_odd_levels_and_rows_that_are_not_morris_steps()
    {
        Assert.Contains("even", Assert.Throws<ArgumentException>(() => MorrisDesign.Sample(10, 3, 5, 1)).Message, StringComparison.Ordinal);
        var rows = MorrisDesign.Sample(4, 3, 4, 1);
        (rows[1], rows[2]) = (rows[2], rows[1]);
        var ex = Assert.Throws<SensitivityException>(() => MorrisAnalysis.Analyze(rows, rows.Select(r => r.Sum()).ToArray(), Names, 1));
        Assert.Contains("rows", ex.Message, StringComparison.Ordinal);
    }
}
