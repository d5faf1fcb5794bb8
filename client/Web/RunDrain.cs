using Microsoft.Extensions.Hosting;

namespace OtSim.Client.Web;

/// <summary>On shutdown (Ctrl+C, SIGTERM): cancels the run in progress and waits until it has cleaned up, before the silo stops.</summary>
public sealed class RunDrain(RunManager runs) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        runs.CancelAll();
        await runs.WaitIdleAsync(cancellationToken);
    }
}
