using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Engine;

/// <summary>
/// Runs a cell again when it failed because a silo went away (its grains' calls fail with SiloUnavailableException,
/// OrleansMessageRejectionException, connection errors or time-outs; a run grain that lost its scenario with the silo
/// is re-registered by the next attempt). A cell's result is only used once it is complete and every grain computes
/// deterministically from the scenario, so a retried cell gives the same rows and nothing is counted twice.
/// </summary>
public sealed class RetryingEngine(ISimulationEngine inner, int maxAttempts = 8) : ISimulationEngine
{
    private int _retries;

    /// <summary>How many cell attempts failed and were retried.</summary>
    public int Retries => _retries;

    /// <inheritdoc />
    public async Task<CellResult> RunCellAsync(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await inner.RunCellAsync(scenario, cell, includeWeeks, cancellationToken);
            }
            catch (Exception ex) when (attempt < maxAttempts && !cancellationToken.IsCancellationRequested && IsTransient(ex))
            {
                Interlocked.Increment(ref _retries);
                var delay = TimeSpan.FromSeconds(Math.Min(10, attempt));
                Console.Error.WriteLine($"Cell (policy {cell.PolicyIndex + 1}, replication {cell.Replication}) failed ({ex.GetType().Name}: {FirstLine(ex.Message)}); retrying in {delay.TotalSeconds:0} s (attempt {attempt + 1} of {maxAttempts}).");
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    /// <summary>Whether <paramref name="ex"/> is the kind of failure a lost silo or connection causes.</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        AggregateException a => a.InnerExceptions.All(IsTransient),
        OperationCanceledException => false,
        ScenarioException => false,
        OrleansException or TimeoutException or IOException or System.Net.Sockets.SocketException or ObjectDisposedException => true,
        // A grain asked a run grain that was re-activated empty after its silo was lost; the retry re-registers it.
        InvalidOperationException when ex.Message.Contains("has no registered scenario", StringComparison.Ordinal) => true,
        // A classroom grain lost its state of a cell in progress with its silo; the cell is recomputed from its start.
        InvalidOperationException when ex.Message.Contains(Contracts.GrainErrors.CellStateLost, StringComparison.Ordinal) => true,
        _ => ex.InnerException is { } inner && IsTransient(inner),
    };

    private static string FirstLine(string message)
    {
        int cut = message.IndexOfAny(['\r', '\n']);
        return cut < 0 ? message : message[..cut];
    }
}
