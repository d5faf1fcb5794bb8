namespace OtSim.Analysis.Pipeline;

/// <summary>
/// The rows an analysis works on: numeric variables (outcome, dose, covariates) and text variables (policy,
/// cluster, school, replication), all of the same length, already validated and free of personal data.
/// </summary>
public sealed class AnalysisData
{
    private readonly Dictionary<string, double[]> _numeric;
    private readonly Dictionary<string, string[]> _text;

    /// <summary>Creates the data; every column must have <paramref name="rowCount"/> values.</summary>
    public AnalysisData(int rowCount, IReadOnlyDictionary<string, double[]> numeric, IReadOnlyDictionary<string, string[]> text)
    {
        ArgumentNullException.ThrowIfNull(numeric);
        ArgumentNullException.ThrowIfNull(text);
        if (numeric.Values.Any(c => c.Length != rowCount) || text.Values.Any(c => c.Length != rowCount))
        {
            throw new ArgumentException("Every column needs one value per row.");
        }

        RowCount = rowCount;
        _numeric = new Dictionary<string, double[]>(numeric, StringComparer.Ordinal);
        _text = new Dictionary<string, string[]>(text, StringComparer.Ordinal);
    }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Numeric columns by name.</summary>
    public IReadOnlyDictionary<string, double[]> Numeric => _numeric;

    /// <summary>Text columns by name.</summary>
    public IReadOnlyDictionary<string, string[]> Text => _text;

    /// <summary>A numeric column.</summary>
    public double[] Number(string column) =>
        _numeric.TryGetValue(column, out var values) ? values : throw new KeyNotFoundException($"No numeric column '{column}'.");

    /// <summary>A text column.</summary>
    public string[] Label(string column) =>
        _text.TryGetValue(column, out var values) ? values : throw new KeyNotFoundException($"No text column '{column}'.");

    /// <summary>Distinct values of a text column in order of first appearance.</summary>
    public IReadOnlyList<string> Levels(string column) => Label(column).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The rows for which <paramref name="keep"/> is true, in their original order.</summary>
    public AnalysisData Where(Func<int, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var rows = Enumerable.Range(0, RowCount).Where(keep).ToArray();
        return new AnalysisData(
            rows.Length,
            _numeric.ToDictionary(p => p.Key, p => rows.Select(i => p.Value[i]).ToArray(), StringComparer.Ordinal),
            _text.ToDictionary(p => p.Key, p => rows.Select(i => p.Value[i]).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The rows whose <paramref name="column"/> equals <paramref name="level"/>.</summary>
    public AnalysisData WhereLabel(string column, string level)
    {
        var labels = Label(column);
        return Where(i => string.Equals(labels[i], level, StringComparison.Ordinal));
    }

    /// <summary>
    /// Labels that combine several text columns row by row (e.g. replication and classroom), joined with ':' as
    /// R's interaction factor <c>replication:classroom_id</c> names its levels.
    /// </summary>
    public string[] Combined(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var parts = columns.Select(Label).ToArray();
        return Enumerable.Range(0, RowCount).Select(i => string.Join(':', parts.Select(p => p[i]))).ToArray();
    }
}
