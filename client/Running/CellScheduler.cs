using System.Runtime.CompilerServices;
using OtSim.Model.Engine;

namespace OtSim.Client.Running;

/// <summary>
/// Runs a run's pending cells on an engine with several in flight, and hands the results back in plan order, in batches
/// of those already finished, so their part files and manifest lines can be written together (one flush per batch
/// instead of per cell). An engine that computes a cell synchronously (the plain loop, which already uses every core
/// inside a cell) runs one cell at a time, as before. The bound keeps a few cells in flight, and fewer when cells are
/// large, so memory stays that of about <see cref="StudentsInFlight"/> students.
/// </summary>
public static class CellScheduler
{
    /// <summary>Most cells in flight.</summary>
    public const int MaxCellsInFlight = 8;

    /// <summary>Students (summed over the cells in flight) above which no further cell is started.</summary>
    public const long StudentsInFlight = 50_000;

    /// <summary>How many cells of <paramref name="studentsPerCell"/> students may run at once.</summary>
    public static int Bound(long studentsPerCell) => (int)Math.Clamp(StudentsInFlight / Math.Max(1, studentsPerCell), 1, MaxCellsInFlight);

    /// <summary>Runs <paramref name="cells"/>; yields finished results in plan order, in batches.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<(PlannedCell Planned, CellResult Result)>> RunAsync(
        ISimulationEngine engine, IEnumerable<PlannedCell> cells, bool weeks, int bound, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new Queue<(PlannedCell Planned, Task<CellResult> Result)>();
        try
        {
            foreach (var planned in cells)
            {
                if (window.Count >= bound)
                {
                    yield return await NextBatchAsync(window);
                }
                cancellationToken.ThrowIfCancellationRequested();
                window.Enqueue((planned, engine.RunCellAsync(planned.Scenario, planned.Cell, weeks, cancellationToken)));
            }
            while (window.Count > 0)
            {
                yield return await NextBatchAsync(window);
            }
        }
        finally
        {
            // Stopped early (cancelled or failed): let the cells still in flight end, so none outlives the run or leaves an unobserved error.
            foreach (var (_, task) in window)
            {
                try
                {
                    await task;
                }
                catch (Exception)
                {
                    // The run already failed or was cancelled; this cell's outcome no longer matters.
                }
            }
        }
    }

    // The oldest cell (awaited), then every cell after it that has already finished.
    private static async Task<IReadOnlyList<(PlannedCell, CellResult)>> NextBatchAsync(Queue<(PlannedCell Planned, Task<CellResult> Result)> window)
    {
        var (planned, task) = window.Dequeue();
        var batch = new List<(PlannedCell, CellResult)> { (planned, await task) };
        while (window.Count > 0 && window.Peek().Result.IsCompletedSuccessfully)
        {
            var next = window.Dequeue();
            batch.Add((next.Planned, next.Result.Result));
        }
        return batch;
    }
}
