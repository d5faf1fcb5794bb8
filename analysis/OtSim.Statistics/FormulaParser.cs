namespace OtSim.Statistics;

/// <summary>Parses the small subset of R formula syntax that <see cref="DesignMatrix"/> supports.</summary>
internal static class FormulaParser
{
    public static (IReadOnlyList<string[]> Terms, bool Intercept) Parse(string formula)
    {
        string rhs = formula.Contains('~', StringComparison.Ordinal) ? formula[(formula.IndexOf('~', StringComparison.Ordinal) + 1)..] : formula;
        rhs = rhs.Replace(" ", string.Empty, StringComparison.Ordinal);
        bool intercept = true;
        var terms = new List<string[]>();

        // Split on + and -, remembering the sign of each piece.
        var pieces = new List<(bool Minus, string Text)>();
        int start = 0;
        bool minus = false;
        for (int i = 0; i <= rhs.Length; i++)
        {
            if (i == rhs.Length || rhs[i] == '+' || rhs[i] == '-')
            {
                if (i > start)
                {
                    pieces.Add((minus, rhs[start..i]));
                }

                minus = i < rhs.Length && rhs[i] == '-';
                start = i + 1;
            }
        }

        foreach (var (isMinus, text) in pieces)
        {
            if (text == "0" || (isMinus && text == "1"))
            {
                intercept = false;
                continue;
            }

            if (text == "1")
            {
                intercept = true;
                continue;
            }

            if (isMinus)
            {
                throw new FormatException($"Only '- 1' can be subtracted in a formula (got '-{text}').");
            }

            terms.AddRange(ExpandStar(text));
        }

        return (Canonicalize(terms), intercept);
    }

    /// <summary>Expands <c>a*b:c*d</c> into all sub-products (R's <c>*</c> operator).</summary>
    private static IEnumerable<string[]> ExpandStar(string text)
    {
        var factors = text.Split('*');
        if (factors.Any(f => f.Length == 0))
        {
            throw new FormatException($"Malformed term '{text}'.");
        }

        int m = factors.Length;
        for (int mask = 1; mask < 1 << m; mask++)
        {
            var vars = new List<string>();
            for (int k = 0; k < m; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    vars.AddRange(factors[k].Split(':'));
                }
            }

            yield return vars.ToArray();
        }
    }

    /// <summary>
    /// Orders variables inside each term by first appearance, removes duplicate terms, and sorts terms by order
    /// (stable), as R's <c>terms.formula</c> does.
    /// </summary>
    public static IReadOnlyList<string[]> Canonicalize(IReadOnlyList<string[]> terms)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var v in terms.SelectMany(t => t))
        {
            if (string.IsNullOrEmpty(v))
            {
                throw new FormatException("Empty variable name in term.");
            }

            firstSeen.TryAdd(v, firstSeen.Count);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string[]>();
        foreach (var t in terms)
        {
            var vars = t.Distinct(StringComparer.Ordinal).OrderBy(v => firstSeen[v]).ToArray();
            if (seen.Add(string.Join(':', vars)))
            {
                result.Add(vars);
            }
        }

        return result.Select((t, i) => (t, i)).OrderBy(p => p.t.Length).ThenBy(p => p.i).Select(p => p.t).ToList();
    }
}
