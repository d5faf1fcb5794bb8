using OtSim.Model.Scenarios;

namespace OtSim.Model.Engine;

/// <summary>Runs the cells of a scenario. Implementations must give identical results for the same scenario and seed.</summary>
public interface ISimulationEngine
{
    /// <summary>Simulates one cell.</summary>
    Task<CellResult> RunCellAsync(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken);
}
