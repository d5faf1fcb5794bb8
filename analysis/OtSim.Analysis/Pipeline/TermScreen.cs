using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Removes model terms that cannot be estimated in the rows at hand: terms using a constant variable (e.g. integrated
/// minutes that are all 0) and terms that are an exact linear combination of earlier ones (R would report NA for
/// them). The remaining terms keep their order and the formula is rewritten without the dropped ones.
/// </summary>
public static class TermScreen
{
    /// <summary>Result of screening.</summary>
    /// <param name="RightHandSide">R right-hand side of the estimable model (the original text when nothing was dropped).</param>
    /// <param name="Dropped">Dropped terms, each with its reason.</param>
    public sealed record Screened(string RightHandSide, IReadOnlyList<string> Dropped);

    /// <summary>Screens the pieces of a right-hand side (each a variable, <c>a:b</c> or <c>a * b</c>).</summary>
    public static Screened Screen(IReadOnlyList<string> pieces, AnalysisData data)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentNullException.ThrowIfNull(data);
        var dropped = new List<string>();
        var constant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in pieces.SelectMany(Expand).SelectMany(t => t.Split(':')).Distinct(StringComparer.Ordinal))
        {
            var values = data.Number(variable);
            if (values.Length > 0 && values.All(v => v == values[0]))
            {
                constant.Add(variable);
                dropped.Add(string.Create(CultureInfo.InvariantCulture, $"{variable}: constant ({values[0]:G6}) in these rows"));
            }
        }

        var kept = new List<string>();
        var columns = new List<double[]> { Enumerable.Repeat(1.0, data.RowCount).ToArray() };
        foreach (var term in pieces.SelectMany(Expand).Distinct(StringComparer.Ordinal))
        {
            var variables = term.Split(':');
            if (variables.Any(constant.Contains))
            {
                continue;
            }

            var column = Product(variables, data);
            if (IsAliased(columns, column))
            {
                dropped.Add($"{term}: a linear combination of the terms before it in these rows");
                continue;
            }

            kept.Add(term);
            columns.Add(column);
        }

        if (kept.Count == 0)
        {
            throw new InvalidOperationException("No estimable terms remain.");
        }

        var rhs = dropped.Count == 0 ? string.Join(" + ", pieces) : string.Join(" + ", kept);
        return new Screened(rhs, dropped);
    }

    /// <summary>Expands <c>a * b</c> into <c>a</c>, <c>b</c>, <c>a:b</c> (R's crossing operator), other pieces as they are.</summary>
    public static IEnumerable<string> Expand(string piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        var factors = piece.Split('*', StringSplitOptions.TrimEntries);
        int m = factors.Length;
        var terms = new List<string>();
        for (int mask = 1; mask < 1 << m; mask++)
        {
            terms.Add(string.Join(':', Enumerable.Range(0, m).Where(k => (mask & (1 << k)) != 0).Select(k => factors[k])));
        }

        return terms.OrderBy(t => t.Count(c => c == ':'));
    }

    private static double[] Product(string[] variables, AnalysisData data)
    {
        var result = (double[])data.Number(variables[0]).Clone();
        foreach (var v in variables.Skip(1))
        {
            var other = data.Number(v);
            for (int i = 0; i < result.Length; i++)
            {
                result[i] *= other[i];
            }
        }

        return result;
    }

    private static bool IsAliased(List<double[]> columns, double[] candidate)
    {
        int n = candidate.Length;
        if (n <= columns.Count)
        {
            return true;
        }

        var x = Matrix<double>.Build.Dense(n, columns.Count, (i, j) => columns[j][i]);
        var y = Vector<double>.Build.DenseOfArray(candidate);
        var beta = x.QR(QRMethod.Thin).Solve(y);
        var residual = y - (x * beta);
        double norm = Math.Sqrt(candidate.Sum(v => v * v));
        return residual.L2Norm() <= 1e-9 * Math.Max(norm, 1e-300);
    }
}
