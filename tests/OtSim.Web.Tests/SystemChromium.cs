using System.Diagnostics;
using Microsoft.Playwright;

namespace OtSim.Web.Tests;

/// <summary>
/// Debian's Chromium for the browser tests. On a fresh machine `dotnet test` installs it (apt-get, as root), so the
/// README's test command needs no separate set-up step; Playwright's own browser download is never used.
/// </summary>
internal static class SystemChromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Path))
        {
            return;
        }
        await Gate.WaitAsync();
        try
        {
            if (File.Exists(Path))
            {
                return;
            }
            await RunAsync("apt-get", "update -qq");
            await RunAsync("apt-get", "install -y -qq chromium");
            if (!File.Exists(Path))
            {
                throw new InvalidOperationException($"apt-get installed chromium but {Path} is missing.");
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Installs Debian's chromium if needed and launches it headless through <paramref name="playwright"/>.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        await EnsureInstalledAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    private static async Task RunAsync(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium ({Path}); `{program} {arguments}` failed with exit code {process.ExitCode}. " +
                $"Install it with `apt-get install -y chromium` (as root).\n{await output}\n{await error}");
        }
    }
}
