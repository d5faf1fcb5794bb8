using System.Diagnostics;
using System.Text;

namespace OtSim.EndToEnd.Tests;

/// <summary>
/// An otsim process that is still running: the test can wait for a line on standard error, send it a signal the way
/// <c>docker stop</c> or <c>timeout</c> would, and then wait for its exit.
/// </summary>
public sealed class OtsimProcess : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();

    private OtsimProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The process id (of the dotnet host running otsim.dll).</summary>
    public int Id => _process.Id;

    /// <summary>Starts <c>otsim args</c> in <paramref name="workingDirectory"/>.</summary>
    public static OtsimProcess Start(string workingDirectory, params string[] args)
    {
        var start = ChildProcess.Otsim(workingDirectory, args);
        return new OtsimProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start otsim"));
    }

    /// <summary>Waits until standard error has a line containing <paramref name="text"/>; false if the process ended first.</summary>
    public async Task<bool> WaitForErrorLineAsync(string text)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            lock (_gate)
            {
                if (_stderr.ToString().Contains(text, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            if (_process.HasExited)
            {
                return false;
            }
            await Task.Delay(50);
        }
        return false;
    }

    /// <summary>Waits for a line containing <paramref name="text"/> on standard error; fails the test with what the process did if it ended first.</summary>
    public async Task ExpectErrorLineAsync(string text)
    {
        if (!await WaitForErrorLineAsync(text))
        {
            Assert.Fail($"otsim ended before printing \"{text}\":\n{await WaitAsync()}");
        }
    }

    /// <summary>Sends a POSIX signal (TERM, INT, KILL) with the system's <c>kill</c>.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for the exit and returns what the process did.</summary>
    public async Task<CliResult> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"otsim did not finish in {Timeout}.");
        }
        _process.WaitForExit();
        lock (_gate)
        {
            return new CliResult(_process.ExitCode, _stdout.ToString(), _stderr.ToString());
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_gate)
        {
            target.Append(line).Append('\n');
        }
    }
}
