using System.Numerics;
using OtSim.Model.Randomness;

namespace OtSim.Model.Experiments;

/// <summary>
/// The Sobol' low-discrepancy sequence in base 2 with Joe and Kuo's direction numbers (<see cref="JoeKuoDirections"/>),
/// 32 bits per coordinate, points generated in Gray-code order (Antonov and Saleev), optionally scrambled.
/// </summary>
/// <remarks>
/// The scramble is the one scipy.stats.qmc.Sobol applies with <c>scramble=True</c> (and so SALib's
/// <c>sobol.sample(..., scramble=True)</c>): a linear matrix scramble (Matoušek 1998) — each dimension's direction
/// numbers are multiplied by a random lower-triangular binary matrix with unit diagonal — followed by a random digital
/// shift (the point is XOR-ed with a random 32-bit number). Both keep the (t, m, s)-net property, so the first 2^m
/// points still fill every elementary interval evenly. The random bits come from <see cref="StreamRandom"/> keyed by the
/// seed and the dimension, so the same seed gives the same points on every machine; they are not scipy's bits, so
/// scrambled points agree with scipy's in distribution, not digit for digit. Unscrambled points agree exactly with
/// the Joe–Kuo reference (the first point is the origin).
/// </remarks>
public static class SobolSequence
{
    private const int Bits = 32;

    /// <summary>Most dimensions supported (the embedded part of the Joe–Kuo table).</summary>
    public static int MaxDimensions => JoeKuoDirections.MaxDimensions;

    /// <summary>
    /// The first <paramref name="count"/> points in [0, 1)^<paramref name="dimensions"/> (<c>result[i][d]</c>),
    /// scrambled with <paramref name="scrambleSeed"/> or plain when it is null.
    /// </summary>
    public static double[][] Generate(int count, int dimensions, ulong? scrambleSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        var directions = new uint[dimensions][];
        var current = new uint[dimensions];
        for (int d = 0; d < dimensions; d++)
        {
            directions[d] = Directions(d);
            if (scrambleSeed is { } seed)
            {
                var rng = new StreamRandom(seed, 1, d + 1, StreamPurpose.DesignSample);
                directions[d] = LinearMatrixScramble(directions[d], ref rng);
                current[d] = (uint)(rng.NextUInt64() >> 32);
            }
        }
        var points = new double[count][];
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                // Gray-code order: point i differs from point i - 1 by the direction number of the lowest zero bit of i - 1.
                int c = BitOperations.TrailingZeroCount(~(uint)(i - 1));
                for (int d = 0; d < dimensions; d++)
                {
                    current[d] ^= directions[d][c];
                }
            }
            var point = new double[dimensions];
            for (int d = 0; d < dimensions; d++)
            {
                point[d] = current[d] * (1.0 / 4294967296.0);
            }
            points[i] = point;
        }
        return points;
    }

    /// <summary>Direction numbers v_1..v_32 of dimension <paramref name="d"/> (0-based) as 32-bit fractions; index 0 is v_1.</summary>
    internal static uint[] Directions(int d)
    {
        var v = new uint[Bits];
        if (d == 0)
        {
            for (int j = 0; j < Bits; j++)
            {
                v[j] = 1u << (Bits - 1 - j);
            }
            return v;
        }
        var entry = JoeKuoDirections.Table[d - 1];
        int s = entry.S;
        for (int j = 0; j < Math.Min(s, Bits); j++)
        {
            v[j] = (uint)entry.M[j] << (Bits - 1 - j);
        }
        for (int j = s; j < Bits; j++)
        {
            uint value = v[j - s] ^ (v[j - s] >> s);
            for (int k = 1; k < s; k++)
            {
                if (((entry.A >> (s - 1 - k)) & 1) == 1)
                {
                    value ^= v[j - k];
                }
            }
            v[j] = value;
        }
        return v;
    }

    /// <summary>
    /// Multiplies each direction number (a column of bits, most significant first) by a random lower-triangular
    /// binary matrix with unit diagonal: output bit i is the parity of row i of the matrix AND-ed with the input.
    /// </summary>
    private static uint[] LinearMatrixScramble(uint[] directions, ref StreamRandom rng)
    {
        var rows = new uint[Bits];
        for (int i = 0; i < Bits; i++)
        {
            uint diagonal = 1u << (Bits - 1 - i);
            // Bits more significant than the diagonal (the entries left of it in MSB-first order) are random.
            uint above = i == 0 ? 0u : ~((diagonal << 1) - 1u);
            rows[i] = diagonal | ((uint)(rng.NextUInt64() >> 32) & above);
        }
        var scrambled = new uint[directions.Length];
        for (int j = 0; j < directions.Length; j++)
        {
            uint result = 0;
            for (int i = 0; i < Bits; i++)
            {
                if ((BitOperations.PopCount(rows[i] & directions[j]) & 1) == 1)
                {
                    result |= 1u << (Bits - 1 - i);
                }
            }
            scrambled[j] = result;
        }
        return scrambled;
    }
}
