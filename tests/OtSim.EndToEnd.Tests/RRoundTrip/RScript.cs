using System.Diagnostics;

namespace OtSim.EndToEnd.Tests.RRoundTrip;

/// <summary>
/// Finds and runs <c>Rscript</c>. R is a test tool: CI installs it (.ci/run), so a missing R is a failure there.
/// Only a developer who sets <c>OTSIM_SKIP_R=1</c> on a machine without R gets a skip instead.
/// </summary>
public static class RScript
{
    /// <summary>Environment variable that turns a missing Rscript into a skip (never set in CI).</summary>
    public const string SkipVariable = "OTSIM_SKIP_R";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Full path of Rscript on PATH, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "Rscript"))
            .FirstOrDefault(File.Exists);

    /// <summary>True when R is absent and the developer asked for R tests to be skipped.</summary>
    public static bool SkipRequested => Find() is null && Environment.GetEnvironmentVariable(SkipVariable) == "1";

    /// <summary>Runs <c>Rscript --vanilla script</c> in a folder; fails the test with a clear message when R is absent.</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, string script)
    {
        string rscript = Find() ?? throw new Xunit.Sdk.XunitException(
            "Rscript is not on PATH. The R round-trip test needs R: apt-get install --no-install-recommends r-base-core " +
            $"r-cran-lme4 r-cran-sandwich r-cran-lmtest (.ci/run does this), or set {SkipVariable}=1 to skip it locally.");
        return await ChildProcess.RunAsync(ChildProcess.StartInfo(rscript, workingDirectory, ["--vanilla", script]), Timeout, $"Rscript {script}");
    }
}

/// <summary>A fact that needs R: skipped only when R is absent and <c>OTSIM_SKIP_R=1</c>; otherwise it runs (and fails without R).</summary>
public sealed class RFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when the developer opted out and R is absent.</summary>
    public RFactAttribute()
    {
        if (RScript.SkipRequested)
        {
            Skip = $"Rscript not found and {RScript.SkipVariable}=1: R round trip skipped (it runs, and fails without R, in CI).";
        }
    }
}
