using OtSim.Analysis.Pipeline;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Web;

/// <summary>The lowest and highest value of a figure across a run's replications.</summary>
/// <param name="Low">Lowest replication's value.</param>
/// <param name="High">Highest replication's value.</param>
public sealed record FigureRange(double Low, double High);

/// <summary>How much a policy's figures vary between replications (each replication is one simulated school year).</summary>
/// <param name="Policy">Policy name.</param>
/// <param name="Replications">Replications finished.</param>
/// <param name="GoalsMetPercent">Range of the share of students meeting their goal (%).</param>
/// <param name="CompliancePercent">Range of delivered / prescribed minutes (%), null when nothing was prescribed.</param>
/// <param name="CostPerGoalMet">Range of the cost per goal met, null when the salary is unknown or a replication met no goal.</param>
/// <param name="Wide">True when the replications disagree by more than <see cref="ReplicationSpread.WidePoints"/> points of goals met, or there are fewer than 3: run more replications before deciding.</param>
public sealed record PolicySpread(string Policy, int Replications, FigureRange GoalsMetPercent, FigureRange? CompliancePercent, FigureRange? CostPerGoalMet, bool Wide);

/// <summary>Collects per-replication figures of a run as its cells finish.</summary>
public sealed class ReplicationSpread(Scenario scenario)
{
    /// <summary>Goals-met range (percentage points) above which the page asks for more replications.</summary>
    public const double WidePoints = 10;

    private readonly List<(int Policy, double GoalsMet, double? Compliance, double Met, double? Cost)> _cells = [];
    private readonly Lock _lock = new();

    /// <summary>Adds one finished cell.</summary>
    public void Add(CellResult result)
    {
        var students = result.Students;
        double n = Math.Max(1, students.Count);
        double met = students.Count(s => s.GoalMet);
        double prescribed = students.Sum(s => s.PrescribedTotal);
        double delivered = students.Sum(s => s.DeliveredTotal);
        var staffing = scenario.Staffing;
        double? cost = StaffingCost.Annual(
            staffing.Therapists * staffing.Fte, staffing.SalaryPerFte, scenario.Calendar.Weeks,
            result.Therapists.Select(t => (t.Fte, (double)t.VacantWeeks, t.ContractCost)));
        lock (_lock)
        {
            _cells.Add((result.Cell.PolicyIndex, 100 * met / n, prescribed > 0 ? 100 * delivered / prescribed : null, met, cost));
        }
    }

    /// <summary>The spread per policy, in scenario order.</summary>
    public IReadOnlyList<PolicySpread> Spreads()
    {
        lock (_lock)
        {
            return scenario.Policies.Select((p, i) =>
            {
                var cells = _cells.Where(c => c.Policy == i).ToArray();
                if (cells.Length == 0)
                {
                    return new PolicySpread(p.Name, 0, new FigureRange(0, 0), null, null, true);
                }
                var goals = RangeOf(cells.Select(c => c.GoalsMet));
                var compliance = cells.All(c => c.Compliance.HasValue) ? RangeOf(cells.Select(c => c.Compliance!.Value)) : null;
                var costs = cells.All(c => c.Cost is not null && c.Met > 0) ? RangeOf(cells.Select(c => c.Cost!.Value / c.Met)) : null;
                return new PolicySpread(p.Name, cells.Length, goals, compliance, costs, cells.Length < 3 || goals.High - goals.Low > WidePoints);
            }).ToArray();
        }
    }

    private static FigureRange RangeOf(IEnumerable<double> values)
    {
        var all = values.ToArray();
        return new FigureRange(Math.Round(all.Min(), 3), Math.Round(all.Max(), 3));
    }
}
