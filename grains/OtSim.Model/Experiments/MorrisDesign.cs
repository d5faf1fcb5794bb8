using OtSim.Model.Randomness;

namespace OtSim.Model.Experiments;

/// <summary>
/// Morris's one-at-a-time trajectories (Morris 1991, as in Campolongo et al. 2007 and SALib's <c>morris.sample</c>
/// without trajectory optimisation): on the grid {0, 1/(p−1), …, 1} with p levels, each trajectory starts at a random
/// base point x* whose coordinates allow a step of Δ = p / (2(p − 1)) upwards, and moves one factor at a time, in a
/// random order, by +Δ or −Δ (random direction per factor). A trajectory has k + 1 rows; the design has r(k + 1).
/// </summary>
/// <remarks>
/// This is B* = (J x* + (Δ/2)[(2B − J)D* + J])P* of Morris (1991) written as a walk. Levels must be even, so that
/// Δ is a whole number (p/2) of grid steps and every level is visited with equal probability.
/// </remarks>
public static class MorrisDesign
{
    /// <summary>The step on the unit scale: p / (2(p − 1)).</summary>
    public static double Delta(int levels) => levels / (2.0 * (levels - 1));

    /// <summary>Why the arguments cannot make a design, or null when they can.</summary>
    public static string? Problem(long trajectories, int factors, int levels)
    {
        if (trajectories < 2)
        {
            return $"a Morris design needs at least 2 trajectories, not {trajectories}";
        }
        if (levels < 2 || levels % 2 != 0)
        {
            return $"the number of levels must be an even number of at least 2 (4 is usual) so that Δ = p/(2(p−1)) is a whole number of grid steps; {levels} is not";
        }
        if (factors < 1)
        {
            return "a Morris design needs at least one factor";
        }
        return null;
    }

    /// <summary>The design on the unit cube, <c>result[row][factor]</c>: trajectory t is rows t(k+1) .. t(k+1)+k.</summary>
    public static double[][] Sample(int trajectories, int factors, int levels, ulong seed)
    {
        if (Problem(trajectories, factors, levels) is { } problem)
        {
            throw new ArgumentException(problem, nameof(levels));
        }
        int step = levels / 2;
        double scale = 1.0 / (levels - 1);
        var rows = new double[trajectories * (factors + 1)][];
        for (int t = 0; t < trajectories; t++)
        {
            var rng = new StreamRandom(seed, 2, t + 1, StreamPurpose.DesignSample);
            var level = new int[factors];
            var up = new bool[factors];
            for (int f = 0; f < factors; f++)
            {
                int start = (int)(rng.NextDouble() * step); // x* in {0, ..., p/2 - 1}: room for one step of p/2 levels
                up[f] = rng.NextDouble() < 0.5;
                level[f] = up[f] ? start : start + step;
            }
            var order = Enumerable.Range(0, factors).ToArray();
            for (int i = factors - 1; i > 0; i--)
            {
                int j = (int)(rng.NextDouble() * (i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            int at = t * (factors + 1);
            rows[at] = level.Select(l => l * scale).ToArray();
            foreach (int f in order)
            {
                level[f] += up[f] ? step : -step;
                rows[++at] = level.Select(l => l * scale).ToArray();
            }
        }
        return rows;
    }
}
