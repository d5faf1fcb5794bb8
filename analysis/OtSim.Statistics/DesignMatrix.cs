using MathNet.Numerics.LinearAlgebra;

namespace OtSim.Statistics;

/// <summary>
/// A numeric model matrix X with one named column per model term, built from named numeric variables.
/// </summary>
/// <remarks>
/// <para>Term naming follows R's <c>model.matrix</c> for numeric (non-factor) variables: the intercept column is
/// <c>(Intercept)</c> and an interaction is the element-wise product of its variables, labelled with the variable
/// names joined by <c>:</c>. Within an interaction label the variables appear in the order in which they first
/// appear in the model (formula order), and terms are ordered by interaction order (main effects, then two-way,
/// ...), keeping model order within the same order, exactly as R's <c>terms.formula</c> does. So
/// <c>y ~ a * b + c</c> yields <c>(Intercept), a, b, c, a:b</c>.</para>
/// <para>Factors (categorical variables) are not expanded; pass numeric dummy columns instead.</para>
/// </remarks>
public sealed class DesignMatrix
{
    /// <summary>The label R uses for the intercept column.</summary>
    public const string InterceptName = "(Intercept)";

    private readonly Matrix<double> _x;
    private readonly string[] _termNames;

    private DesignMatrix(Matrix<double> x, string[] termNames)
    {
        _x = x;
        _termNames = termNames;
    }

    /// <summary>Column labels, in column order.</summary>
    public IReadOnlyList<string> TermNames => _termNames;

    /// <summary>Number of observations (rows).</summary>
    public int RowCount => _x.RowCount;

    /// <summary>Number of model terms (columns).</summary>
    public int ColumnCount => _x.ColumnCount;

    /// <summary>True when one column is the intercept (<see cref="InterceptName"/>).</summary>
    public bool HasIntercept => Array.IndexOf(_termNames, InterceptName) >= 0;

    /// <summary>Element accessor.</summary>
    public double this[int row, int column] => _x[row, column];

    /// <summary>The underlying dense matrix (shared, do not mutate).</summary>
    internal Matrix<double> Matrix => _x;

    /// <summary>Returns a copy of the model matrix as a MathNet dense matrix.</summary>
    public Matrix<double> ToMatrix() => _x.Clone();

    /// <summary>Returns a copy of column <paramref name="column"/>.</summary>
    public double[] Column(int column) => _x.Column(column).ToArray();

    /// <summary>
    /// Builds a design matrix from an R-style right-hand side such as <c>"a + b + a:b"</c>, <c>"a * b + c"</c>,
    /// <c>"0 + a"</c> or <c>"a - 1"</c>. Supported operators: <c>+</c>, <c>:</c> (product), <c>*</c> (all main
    /// effects and interactions), and <c>0</c>, <c>-1</c> or <c>+0</c> to drop the intercept.
    /// </summary>
    /// <param name="rightHandSide">Formula right-hand side (anything before a <c>~</c> is ignored).</param>
    /// <param name="data">Numeric variables by name; all must have the same length.</param>
    public static DesignMatrix FromFormula(string rightHandSide, IReadOnlyDictionary<string, double[]> data)
    {
        ArgumentNullException.ThrowIfNull(rightHandSide);
        var (terms, intercept) = FormulaParser.Parse(rightHandSide);
        return BuildCanonical(data, terms, intercept);
    }

    /// <summary>
    /// Builds a design matrix from explicit terms. Each term is a variable name or an interaction
    /// <c>"a:b"</c>; terms are reordered and relabelled as R's <c>lm</c> would for the formula
    /// <c>~ term1 + term2 + ...</c>.
    /// </summary>
    /// <param name="data">Numeric variables by name; all must have the same length.</param>
    /// <param name="terms">Terms in model order.</param>
    /// <param name="intercept">Whether to prepend an <c>(Intercept)</c> column.</param>
    public static DesignMatrix Build(IReadOnlyDictionary<string, double[]> data, IEnumerable<string> terms, bool intercept = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(terms);
        var termVariables = terms.Select(t => t.Split(':', StringSplitOptions.TrimEntries)).ToList();
        return BuildCanonical(data, FormulaParser.Canonicalize(termVariables), intercept);
    }

    private static DesignMatrix BuildCanonical(IReadOnlyDictionary<string, double[]> data, IReadOnlyList<string[]> ordered, bool intercept)
    {
        ArgumentNullException.ThrowIfNull(data);
        int n = -1;
        foreach (var v in ordered.SelectMany(t => t))
        {
            if (!data.TryGetValue(v, out var col))
            {
                throw new ArgumentException($"Variable '{v}' is not in the data.", nameof(data));
            }

            if (n >= 0 && col.Length != n)
            {
                throw new ArgumentException($"Variable '{v}' has {col.Length} rows, expected {n}.", nameof(data));
            }

            n = col.Length;
        }

        if (n < 0)
        {
            n = data.Count > 0 ? data.Values.First().Length : throw new ArgumentException("No data.", nameof(data));
        }

        var names = new List<string>();
        var columns = new List<double[]>();
        if (intercept)
        {
            names.Add(InterceptName);
            columns.Add(Enumerable.Repeat(1.0, n).ToArray());
        }

        foreach (var vars in ordered)
        {
            var values = (double[])data[vars[0]].Clone();
            for (int k = 1; k < vars.Length; k++)
            {
                var other = data[vars[k]];
                for (int i = 0; i < n; i++)
                {
                    values[i] *= other[i];
                }
            }

            names.Add(string.Join(':', vars));
            columns.Add(values);
        }

        return FromColumns(names, columns);
    }

    /// <summary>Builds a design matrix from already-computed columns, used verbatim and in the given order.</summary>
    /// <param name="names">Column labels (unique).</param>
    /// <param name="columns">Column values, all of the same length.</param>
    public static DesignMatrix FromColumns(IReadOnlyList<string> names, IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(columns);
        if (names.Count != columns.Count || names.Count == 0)
        {
            throw new ArgumentException("Need one name per column and at least one column.");
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ArgumentException("Column names must be unique.", nameof(names));
        }

        int n = columns[0].Length;
        if (columns.Any(c => c.Length != n))
        {
            throw new ArgumentException("All columns must have the same length.", nameof(columns));
        }

        var x = Matrix<double>.Build.Dense(n, columns.Count, (i, j) => columns[j][i]);
        return new DesignMatrix(x, names.ToArray());
    }
}
