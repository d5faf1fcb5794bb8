using System.Globalization;
using OtSim.Analysis.Pipeline;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Running;

/// <summary>
/// The console summary. After an analysis it prints the analysis' own figures (<see cref="Format(AnalysisFigures)"/>, the
/// same computation as report.html); with <c>--no-analysis</c> it prints plain totals accumulated as cells finish.
/// </summary>
public sealed class PolicySummary(Scenario scenario, int runsPerPolicy = 0)
{
    private readonly int _runs = runsPerPolicy > 0 ? runsPerPolicy : scenario.Replications;
    private readonly double[] _students = new double[scenario.Policies.Count];
    private readonly double[] _progress = new double[scenario.Policies.Count];
    private readonly double[] _met = new double[scenario.Policies.Count];
    private readonly double[] _prescribed = new double[scenario.Policies.Count];
    private readonly double[] _delivered = new double[scenario.Policies.Count];

    /// <summary>Adds one cell.</summary>
    public void Add(CellResult result) => Add(result.Cell.PolicyIndex, CellTotals.From(result));

    /// <summary>Adds one cell's totals (a finished cell read back from a run's manifest, or a new one).</summary>
    public void Add(int p, CellTotals totals)
    {
        _students[p] += totals.Students;
        _progress[p] += totals.Progress;
        _met[p] += totals.GoalsMet;
        _prescribed[p] += totals.Prescribed;
        _delivered[p] += totals.Delivered;
    }

    /// <summary>The answer and the policy table from the run's analysis.</summary>
    public static string Format(AnalysisFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>();
        if (figures.Answer is { } answer)
        {
            lines.Add(answer.Headline);
            lines.Add(string.Empty);
        }

        if (figures.Policies is { } policies)
        {
            int width = Math.Max(8, policies.Groups.Max(g => g.Name.Length));
            lines.Add($"{"policy".PadRight(width)}  {"students",8}  {"mean progress (95% CI)",24}  {"goals met",9}  {"compliance",10}  {"therapist h",11}  {"progress/therapist h",20}");
            foreach (var g in policies.Groups)
            {
                string progress = string.Create(c, $"{g.MeanOutcome:0.0} ({g.MeanCiLow:0.0} to {g.MeanCiHigh:0.0})");
                string compliance = g.MeanCompliance is { } m ? m.ToString("P0", c) : "n/a";
                string hours = g.TherapistHours is { } h ? h.ToString("N0", c) : "n/a";
                string perHour = g.ProgressPerTherapistHour is { } r ? r.Estimate.ToString("0.00", c) : "n/a";
                lines.Add(string.Create(c,
                    $"{g.Name.PadRight(width)}  {g.StudentsPerReplication,8:0}  {progress,24}  {(g.GoalsMetPercent ?? 0) / 100,9:P0}  {compliance,10}  {hours,11}  {perHour,20}"));
            }

            lines.Add(string.Create(c, $"(students and therapist hours per run; means over {policies.Replications} run(s); progress in points on a 0-100 scale; from analysis.json, as in report.html)"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The plain totals table (runs without an analysis).</summary>
    public string Format()
    {
        var c = CultureInfo.InvariantCulture;
        int width = Math.Max(8, scenario.Policies.Max(p => p.Name.Length));
        var lines = new List<string>
        {
            $"{"policy".PadRight(width)}  {"students",9}  {"mean progress",13}  {"goals met",9}  {"compliance",10}",
        };
        for (int p = 0; p < scenario.Policies.Count; p++)
        {
            double n = Math.Max(1, _students[p]);
            double perReplication = _students[p] / _runs;
            string compliance = _prescribed[p] > 0 ? (_delivered[p] / _prescribed[p]).ToString("P0", c) : "n/a";
            lines.Add(string.Create(c,
                $"{scenario.Policies[p].Name.PadRight(width)}  {perReplication,9:0}  {_progress[p] / n,9:0.0} pts  {_met[p] / n,9:P0}  {compliance,10}"));
        }
        string over = _runs == scenario.Replications ? $"{_runs} replication(s)" : $"{_runs} design point x replication runs";
        lines.Add(string.Create(c, $"(students per replication; means over {over}; progress in points on a 0-100 scale; no analysis was run, so no intervals or answer: run `otsim analyze` on the folder)"));
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>The summary figures of one cell's students: count and sums.</summary>
public readonly record struct CellTotals(double Students, double Progress, double GoalsMet, double Prescribed, double Delivered)
{
    /// <summary>Sums a cell's students in row order.</summary>
    public static CellTotals From(CellResult result)
    {
        double n = 0, progress = 0, met = 0, prescribed = 0, delivered = 0;
        foreach (var s in result.Students)
        {
            n++;
            progress += s.Progress;
            met += s.GoalMet ? 1 : 0;
            prescribed += s.PrescribedTotal;
            delivered += s.DeliveredTotal;
        }
        return new CellTotals(n, progress, met, prescribed, delivered);
    }

    /// <summary>Tab-separated, round-trip exact.</summary>
    public string Format() => string.Join('\t', new[] { Students, Progress, GoalsMet, Prescribed, Delivered }.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>Reads <see cref="Format"/>'s fields.</summary>
    public static bool TryParse(ReadOnlySpan<string> fields, out CellTotals totals)
    {
        var v = new double[5];
        for (int i = 0; i < 5; i++)
        {
            if (fields.Length != 5 || !double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]))
            {
                totals = default;
                return false;
            }
        }
        totals = new CellTotals(v[0], v[1], v[2], v[3], v[4]);
        return true;
    }
}
