using System.Text;

namespace OtSim.Analysis.Data;

/// <summary>
/// Dummy coding of a text (factor) covariate as R's <c>lm</c> does with its default treatment contrasts: one 0/1 column
/// per level except the first, named column + level (<c>siteb</c>, <c>sitec</c> for a column <c>site</c> with levels
/// a, b, c), the first level being the reference.
/// </summary>
/// <remarks>
/// R's <c>factor()</c> sorts levels with the session's collation (<c>sort(unique(x))</c>); OtSim sorts them by
/// character code, which is R's order under <c>LC_COLLATE=C</c> and agrees with every locale for levels written in
/// one case of ASCII letters and digits. Where a name would not be a valid R name, characters other than letters,
/// digits, '.' and '_' become '.', as <c>make.names</c> does. <see cref="Coded.Levels"/> states the order used, so
/// the same model is <c>factor(x, levels = ...)</c> in R.
/// </remarks>
public static class FactorCoding
{
    /// <summary>The most levels a text covariate may have (more usually means an id column given by mistake).</summary>
    public const int MaxLevels = 50;

    /// <summary>A coded factor.</summary>
    /// <param name="Column">The text column.</param>
    /// <param name="Levels">Levels in the order used; the first is the reference.</param>
    /// <param name="Terms">One term name per non-reference level.</param>
    /// <param name="Dummies">One 0/1 column per term.</param>
    public sealed record Coded(string Column, IReadOnlyList<string> Levels, IReadOnlyList<string> Terms, IReadOnlyList<double[]> Dummies);

    /// <summary>Codes <paramref name="values"/> (already trimmed, none empty).</summary>
    public static Coded Encode(string column, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(values);
        var levels = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = levels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var dummies = levels.Skip(1).Select(_ => new double[values.Count]).ToArray();
        for (int row = 0; row < values.Count; row++)
        {
            int level = index[values[row]];
            if (level > 0)
            {
                dummies[level - 1][row] = 1;
            }
        }

        var terms = levels.Skip(1).Select(l => Syntactic(column + l)).ToList();
        return new Coded(column, levels, terms, dummies);
    }

    /// <summary>The R code that adds the dummy columns to a data frame <c>d</c> read with <c>read.csv</c>.</summary>
    public static string RCode(Coded coded)
    {
        ArgumentNullException.ThrowIfNull(coded);
        var code = new StringBuilder();
        for (int k = 0; k < coded.Terms.Count; k++)
        {
            code.Append($"d${coded.Terms[k]} <- as.numeric(d${coded.Column} == \"{coded.Levels[k + 1].Replace("\"", "\\\"", StringComparison.Ordinal)}\"); ");
        }

        return code.ToString().TrimEnd();
    }

    private static string Syntactic(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' ? c : '.').ToArray();
        return new string(chars);
    }
}
