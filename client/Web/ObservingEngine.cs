using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Web;

/// <summary>
/// Wraps the real engine so that the page sees every cell as it finishes, always with its weekly records (for the
/// live week-by-week aggregates), while the results folder gets weeks.csv only when the run pipeline asked for it.
/// </summary>
public sealed class ObservingEngine(ISimulationEngine inner, Action<CellResult> observe) : ISimulationEngine
{
    /// <inheritdoc />
    public async Task<CellResult> RunCellAsync(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken)
    {
        var result = await inner.RunCellAsync(scenario, cell, includeWeeks: true, cancellationToken);
        observe(result);
        return includeWeeks ? result : result with { Weeks = [] };
    }
}
