using System.Diagnostics;

namespace OtSim.EndToEnd.Tests;

/// <summary>Starts a child process with redirected output, and runs one to its end within a time limit.</summary>
internal static class ChildProcess
{
    /// <summary>The start info for <paramref name="fileName"/> with <paramref name="args"/>, output redirected.</summary>
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    /// <summary>The start info that runs the built otsim.dll with <paramref name="args"/>.</summary>
    public static ProcessStartInfo Otsim(string workingDirectory, IEnumerable<string> args) => StartInfo(
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", workingDirectory,
        args.Prepend(Path.Combine(AppContext.BaseDirectory, "otsim.dll")));

    /// <summary>Runs the process to its end; kills it and throws when it takes longer than <paramref name="timeout"/>.</summary>
    public static async Task<CliResult> RunAsync(ProcessStartInfo start, TimeSpan timeout, string label)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {label}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{label} did not finish in {timeout}.");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
