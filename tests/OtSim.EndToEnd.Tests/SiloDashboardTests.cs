using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using OtSim.Silo.Web;

namespace OtSim.EndToEnd.Tests;

/// <summary>The standalone silo process with <c>--dashboard</c>: it serves the dashboard of its cluster behind the token rule.</summary>
public sealed class SiloDashboardTests
{
    private const string Token = "silo-dashboard-token";

    [Fact]
    public async Task A_silo_with_a_token_serves_its_dashboard_only_to_requests_that_carry_it()
    {
        int dashboard = FreePort(), siloPort = FreePort(), gateway = FreePort();
        var start = ChildProcess.StartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", AppContext.BaseDirectory,
            [Path.Combine(AppContext.BaseDirectory, "OtSim.Silo.dll"), "--silo-port", $"{siloPort}", "--gateway-port", $"{gateway}",
                "--dashboard", $"{dashboard}", "--token", Token]);
        using var silo = Process.Start(start)!;
        var errors = silo.StandardError.ReadToEndAsync();
        try
        {
            string? line;
            while ((line = await silo.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2))) is not null && !line.StartsWith("Orleans dashboard:", StringComparison.Ordinal))
            {
            }
            Assert.Equal($"Orleans dashboard: http://127.0.0.1:{dashboard}/?token=<your token>", line);

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{dashboard}") };
            using var refused = await http.GetAsync("/DashboardCounters");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/")).StatusCode);

            // The counters are sampled every second: a silo that just started may take a moment to appear.
            JsonElement[] hosts = [];
            for (var deadline = DateTime.UtcNow.AddSeconds(30); hosts.Length == 0 && DateTime.UtcNow < deadline; await Task.Delay(200))
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/DashboardCounters");
                request.Headers.Add(TokenGuard.HeaderName, Token);
                using var answered = await http.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
                hosts = (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hosts").EnumerateArray().ToArray();
            }
            var host = Assert.Single(hosts);
            Assert.Equal($"127.0.0.1:{siloPort}", host.GetProperty("siloAddress").GetString()!.Split('@')[0]);
        }
        finally
        {
            silo.Kill(entireProcessTree: true);
            await silo.WaitForExitAsync();
            await errors;
        }
    }

    [Fact]
    public async Task A_taken_dashboard_port_is_one_line_and_exit_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var start = ChildProcess.StartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", AppContext.BaseDirectory,
            [Path.Combine(AppContext.BaseDirectory, "OtSim.Silo.dll"), "--silo-port", $"{FreePort()}", "--gateway-port", $"{FreePort()}", "--dashboard", $"{port}"]);
        var result = await ChildProcess.RunAsync(start, TimeSpan.FromMinutes(1), "silo --dashboard on a taken port");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StdOut);
        Assert.Equal($"--dashboard {port}: something already listens on port {port} of 127.0.0.1; give another port.", result.StdErr.Trim());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
