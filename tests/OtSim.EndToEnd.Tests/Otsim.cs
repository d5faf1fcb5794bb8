using System.Diagnostics;

namespace OtSim.EndToEnd.Tests;

/// <summary>What one run of the CLI did.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>
/// Runs the built CLI (otsim.dll, copied beside the tests by the project reference) as a child process, the way a
/// user runs it: its own process, console and exit code.
/// </summary>
public static class Otsim
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string DemoScenario => Path.Combine(RepositoryRoot, "scenarios", "workshop-demo.json");

    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "otsim.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start otsim");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"otsim {string.Join(' ', args)} did not finish in {Timeout}.");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OtSim.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"OtSim.sln not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A scratch folder removed after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("otsim-e2e-").FullName;
    }

    public string Path { get; }

    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Hidden staging folders the CLI would leave behind on failure.</summary>
    public IReadOnlyList<string> StagingLeftovers() =>
        Directory.EnumerateDirectories(Path, ".*", SearchOption.TopDirectoryOnly).Select(System.IO.Path.GetFileName).OfType<string>().ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a scratch folder in the temp directory.
        }
    }
}
