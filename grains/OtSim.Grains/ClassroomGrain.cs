using Orleans.Concurrency;
using OtSim.Contracts;
using OtSim.Model.Engine;
using OtSim.Model.Progress;
using OtSim.Model.Services;

namespace OtSim.Grains;

/// <inheritdoc cref="IClassroomGrain" />
/// <remarks>
/// Holds one <see cref="ClassroomState"/> per cell in progress, so the grain's activation is reused by every cell of the run.
/// The state is only in memory: if it is lost with its silo, the cell's next period finds none and fails, and the client
/// runs the whole cell again from its first period (every draw comes from streams keyed by the scenario, so it is recomputed
/// to the same values). Placed on the silo of the therapist that first calls it, so a period's exchange is usually local.
/// </remarks>
[Orleans.Placement.PreferLocalPlacement]
public sealed class ClassroomGrain(ScenarioCatalog catalog) : Grain, IClassroomGrain
{
    private readonly Dictionary<SimulationCell, ClassroomState> _cells = [];
    private ClassroomKey? _key;

    /// <inheritdoc />
    public async Task<Immutable<ClassroomReport>> StepAsync(CellRequest request, Immutable<ClassroomServices> services)
    {
        var key = _key ??= ClassroomKey.Parse(this.GetPrimaryKeyString());
        var period = services.Value.Period;
        var cell = new SimulationCell(request.PolicyIndex, request.Replication);
        if (period.Index == 0)
        {
            var scenario = await catalog.GetAsync(key.RunId);
            _cells[cell] = new ClassroomState(scenario, request.Replication, key.ClassroomId, services.Value.TherapistId, request.IncludeWeeks);
        }
        if (!_cells.TryGetValue(cell, out var state) || state.NextWeek != period.FirstWeek)
        {
            // No state (a new activation after the old one was lost) or the state of an abandoned attempt of the cell.
            throw new InvalidOperationException(
                $"Classroom {key.ClassroomId} of run {key.RunId} cannot take review period {period.Index + 1} of policy {request.PolicyIndex + 1}, " +
                $"replication {request.Replication}: {GrainErrors.CellStateLost}");
        }
        var report = state.Step(services.Value);
        if (period.IsLast)
        {
            _cells.Remove(cell);
        }
        return report.AsImmutable();
    }
}
