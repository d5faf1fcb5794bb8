using OtSim.Analysis.Data;

namespace OtSim.Analysis.Pipeline;

/// <summary>The rows of evaluations.csv an analysis needs: policy, consent and completion weeks, on time, eligible.</summary>
internal sealed class EvaluationRows
{
    private readonly IReadOnlyList<string> _policy;
    private readonly double[] _consent;
    private readonly double[] _completed;
    private readonly double[] _onTime;
    private readonly double[] _eligible;

    private EvaluationRows(TidyTable table)
    {
        _policy = table.GetText("policy");
        _consent = table.GetNumeric("consent_week");
        _completed = table.GetNumeric("completed_week", allowMissing: true);
        _onTime = table.GetNumeric("on_time", allowMissing: true);
        _eligible = table.GetNumeric("eligible", allowMissing: true);
    }

    /// <summary>Reads evaluations.csv; errors name the file, column and row.</summary>
    public static EvaluationRows Load(string path)
    {
        string[] used = ["policy", "consent_week", "completed_week", "on_time", "eligible"];
        return new EvaluationRows(TidyTable.Load(path, CsvDialect.Default, used.Contains));
    }

    /// <summary>The summary of one policy's evaluations over <paramref name="runs"/> runs.</summary>
    public EvaluationSummary Summarise(string policy, double runs)
    {
        var mine = Enumerable.Range(0, _policy.Count).Where(i => _policy[i] == policy).ToArray();
        var done = mine.Where(i => !double.IsNaN(_completed[i])).ToArray();
        var known = mine.Where(i => !double.IsNaN(_onTime[i])).ToArray();
        return new EvaluationSummary(
            mine.Length / runs,
            done.Length / runs,
            known.Length == 0 ? null : known.Average(i => _onTime[i]),
            done.Length == 0 ? null : done.Average(i => _eligible[i]),
            done.Length == 0 ? null : done.Average(i => _completed[i] - _consent[i]));
    }
}
