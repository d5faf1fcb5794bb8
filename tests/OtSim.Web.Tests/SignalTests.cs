using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace OtSim.Web.Tests;

/// <summary><c>serve</c> as its own process: SIGTERM stops it like Ctrl+C, with a run in progress cancelled and cleaned up.</summary>
public sealed class SignalTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"otsim-web-signal-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Serve_exits_0_on_SIGTERM_and_leaves_no_unfinished_run(bool withRun)
    {
        // A port the OS has just handed out, not a fixed one in the ephemeral range that a silo of a test project
        // running at the same time may have taken.
        int port = OtSim.Client.Engine.FreePorts.Next();
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "otsim.dll")}\" serve --port {port} --out \"{_output}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var ready = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(ready.Token)) is not null && !line.StartsWith("OtSim page:", StringComparison.Ordinal))
            {
            }
            // Output ended: serve exited, so its error output is complete and says why.
            Assert.True(line is not null, $"serve exited before printing its address: {(line is null ? await stderr : "")}");
            Assert.Equal($"OtSim page: http://127.0.0.1:{port}/", line);
            if (withRun)
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                using var response = await http.PostAsJsonAsync("/api/runs", new { preset = "staffing-shortage" });
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                await Task.Delay(300);
            }
            using (var kill = Process.Start("kill", $"-TERM {process.Id}"))
            {
                await kill.WaitForExitAsync();
            }
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(exit.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopping (SIGTERM)", await stderr);
            if (Directory.Exists(_output))
            {
                // Either the run finished before the signal (a complete folder) or its unfinished folder was removed.
                Assert.All(Directory.GetDirectories(_output), d => Assert.True(File.Exists(Path.Combine(d, "students.csv")), d));
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
