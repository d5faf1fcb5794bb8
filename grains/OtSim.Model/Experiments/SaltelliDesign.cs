using System.Numerics;

namespace OtSim.Model.Experiments;

/// <summary>
/// Saltelli's sampling scheme for Sobol' indices (Saltelli 2002; Saltelli et al. 2010), laid out exactly as SALib's
/// <c>sobol.sample</c>: a scrambled Sobol' sequence of dimension 2k gives matrices A (first k columns) and B (last
/// k columns); for every base sample i the design has, in this order, the row A_i, the k rows AB_i^(j) (A_i with
/// column j taken from B_i), with second order the k rows BA_i^(j) (B_i with column j taken from A_i), then B_i.
/// That is N(k + 2) rows, or N(2k + 2) with second order.
/// </summary>
public static class SaltelliDesign
{
    /// <summary>Most factors: the sequence needs 2k of the embedded Joe–Kuo dimensions.</summary>
    public static int MaxFactors => SobolSequence.MaxDimensions / 2;

    /// <summary>Rows per base sample: k + 2, or 2k + 2 with second order.</summary>
    public static int RowsPerSample(int factors, bool secondOrder) => secondOrder ? (2 * factors) + 2 : factors + 2;

    /// <summary>Why <paramref name="baseSamples"/> and <paramref name="factors"/> cannot make a design, or null when they can.</summary>
    public static string? Problem(long baseSamples, int factors)
    {
        if (baseSamples < 2 || !BitOperations.IsPow2(baseSamples))
        {
            return $"the number of base samples must be a power of two of at least 2 (such as 256, 512, 1024) so the Sobol' points form a balanced net; {baseSamples} is not";
        }
        if (factors < 1 || factors > MaxFactors)
        {
            return $"a Sobol' design takes 1 to {MaxFactors} factors, not {factors}";
        }
        return null;
    }

    /// <summary>The design on the unit cube, <c>result[row][factor]</c>, rows in the order described on the class.</summary>
    public static double[][] Sample(int baseSamples, int factors, bool secondOrder, ulong seed)
    {
        if (Problem(baseSamples, factors) is { } problem)
        {
            throw new ArgumentException(problem, nameof(baseSamples));
        }
        var sequence = SobolSequence.Generate(baseSamples, 2 * factors, seed);
        int perSample = RowsPerSample(factors, secondOrder);
        var rows = new double[baseSamples * perSample][];
        for (int i = 0; i < baseSamples; i++)
        {
            var a = sequence[i].AsSpan(0, factors).ToArray();
            var b = sequence[i].AsSpan(factors, factors).ToArray();
            int at = i * perSample;
            rows[at++] = a;
            for (int j = 0; j < factors; j++)
            {
                var ab = (double[])a.Clone();
                ab[j] = b[j];
                rows[at++] = ab;
            }
            if (secondOrder)
            {
                for (int j = 0; j < factors; j++)
                {
                    var ba = (double[])b.Clone();
                    ba[j] = a[j];
                    rows[at++] = ba;
                }
            }
            rows[at] = b;
        }
        return rows;
    }
}
