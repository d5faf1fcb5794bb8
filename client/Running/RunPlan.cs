using System.Globalization;
using OtSim.Model.Engine;
using OtSim.Model.Experiments;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Running;

/// <summary>One cell of a run: a design point, a policy and a replication, with the scenario it runs under.</summary>
/// <param name="DesignPoint">1-based design point, or 0 when the scenario has no experiment.</param>
/// <param name="Cell">Policy and replication.</param>
/// <param name="Scenario">The design point's scenario with the cell's seed.</param>
/// <param name="RowPrefix">Text put before every row of the cell (<c>design_point</c> and factor columns), empty without an experiment.</param>
public sealed record PlannedCell(int DesignPoint, SimulationCell Cell, Scenario Scenario, string RowPrefix)
{
    /// <summary>A stable name of the cell, used for its part files and in the manifest.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"d{DesignPoint:D6}-p{Cell.PolicyIndex:D3}-r{Cell.Replication:D5}");
}

/// <summary>
/// Every cell of a run in the fixed output order: design point, then policy, then replication. Without an
/// experiment the cells are exactly those of a plain run (policy, then replication; the scenario's own seed).
/// </summary>
public sealed class RunPlan
{
    private RunPlan(Scenario scenario, IReadOnlyList<PlannedCell> cells, string headerPrefix, int designPoints)
    {
        Scenario = scenario;
        Cells = cells;
        HeaderPrefix = headerPrefix;
        DesignPoints = designPoints;
    }

    /// <summary>The scenario as given (with its experiment, if any).</summary>
    public Scenario Scenario { get; }

    /// <summary>The cells in output order.</summary>
    public IReadOnlyList<PlannedCell> Cells { get; }

    /// <summary>Text put before every header line: <c>design_point,factor_a,...,</c>, or empty.</summary>
    public string HeaderPrefix { get; }

    /// <summary>Number of design points (1 without an experiment).</summary>
    public int DesignPoints { get; }

    /// <summary>Rows students.csv will have.</summary>
    public long StudentRows => Cells.Sum(c => (long)c.Scenario.District.Students);

    /// <summary>Rows weeks.csv would have.</summary>
    public long WeekRows => Cells.Sum(c => (long)c.Scenario.District.Students * c.Scenario.Calendar.Weeks);

    /// <summary>Lays out the cells of <paramref name="scenario"/>.</summary>
    public static RunPlan Create(Scenario scenario)
    {
        var cells = new List<PlannedCell>();
        if (scenario.Experiment is not { } experiment)
        {
            foreach (var cell in CellsOf(scenario))
            {
                cells.Add(new PlannedCell(0, cell, scenario, ""));
            }
            return new RunPlan(scenario, cells, "", 1);
        }
        var points = ExperimentDesign.Expand(scenario, scenario.Name);
        foreach (var point in points)
        {
            string prefix = string.Join(',', point.Values.Prepend(point.Index.ToString(CultureInfo.InvariantCulture))) + ",";
            var pointScenario = point.Scenario with { Replications = scenario.Replications };
            foreach (var cell in CellsOf(pointScenario))
            {
                ulong seed = ExperimentDesign.CellSeed(scenario.Seed, point.SeedPoint, cell.Replication);
                cells.Add(new PlannedCell(point.Index, cell, pointScenario with { Seed = seed }, prefix));
            }
        }
        string header = string.Join(',', ExperimentDesign.Columns(experiment).Prepend("design_point")) + ",";
        return new RunPlan(scenario, cells, header, points.Count);
    }

    private static IEnumerable<SimulationCell> CellsOf(Scenario scenario) =>
        from p in Enumerable.Range(0, scenario.Policies.Count)
        from r in Enumerable.Range(1, scenario.Replications)
        select new SimulationCell(p, r);
}
