using System.Globalization;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Running;

/// <summary>Per-policy totals for the console summary, accumulated as cells finish.</summary>
public sealed class PolicySummary(Scenario scenario)
{
    private readonly double[] _students = new double[scenario.Policies.Count];
    private readonly double[] _progress = new double[scenario.Policies.Count];
    private readonly double[] _met = new double[scenario.Policies.Count];
    private readonly double[] _prescribed = new double[scenario.Policies.Count];
    private readonly double[] _delivered = new double[scenario.Policies.Count];

    /// <summary>Adds one cell.</summary>
    public void Add(CellResult result)
    {
        int p = result.Cell.PolicyIndex;
        foreach (var s in result.Students)
        {
            _students[p]++;
            _progress[p] += s.Progress;
            _met[p] += s.GoalMet ? 1 : 0;
            _prescribed[p] += s.PrescribedTotal;
            _delivered[p] += s.DeliveredTotal;
        }
    }

    /// <summary>The summary table.</summary>
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
            double perReplication = _students[p] / scenario.Replications;
            string compliance = _prescribed[p] > 0 ? (_delivered[p] / _prescribed[p]).ToString("P0", c) : "n/a";
            lines.Add(string.Create(c,
                $"{scenario.Policies[p].Name.PadRight(width)}  {perReplication,9:0}  {_progress[p] / n,9:0.0} pts  {_met[p] / n,9:P0}  {compliance,10}"));
        }
        lines.Add(string.Create(c, $"(students per replication; means over {scenario.Replications} replication(s); progress in points on a 0-100 scale)"));
        return string.Join(Environment.NewLine, lines);
    }
}
