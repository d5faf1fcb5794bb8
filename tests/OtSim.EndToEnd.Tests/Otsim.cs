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

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args) =>
        ChildProcess.RunAsync(ChildProcess.Otsim(workingDirectory, args), Timeout, $"otsim {string.Join(' ', args)}");

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
