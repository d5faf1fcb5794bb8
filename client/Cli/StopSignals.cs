using System.Runtime.InteropServices;

namespace OtSim.Client.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM (docker stop, systemctl stop, scancel, timeout) stop a command the same way: the first
/// cancels its token, so it stops at the next safe point and exits 130 with finished work kept; a second one exits at
/// once. Final files only ever appear by a rename, so even then none is half-written.
/// </summary>
public sealed class StopSignals : IDisposable
{
    /// <summary>The exit code of a command stopped by a signal.</summary>
    public const int ExitCode = 130;

    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;

    /// <summary>Starts listening for SIGINT and SIGTERM.</summary>
    public StopSignals()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>Whether a signal asked the command to stop.</summary>
    public bool IsStopping => _cancel.IsCancellationRequested;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _cancel.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.Increment(ref _signals) == 1)
        {
            Console.Error.WriteLine($"\nStopping ({context.Signal}): no file will be left half-written. Press Ctrl+C again to stop at once.");
            _cancel.Cancel();
            return;
        }
        Console.Error.WriteLine("Stopped at once. Finished work is kept; no result file is half-written.");
        Environment.Exit(ExitCode);
    }
}
