using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using OtSim.Client.Engine;
using OtSim.Client.Web;
using OtSim.Silo.Web;

namespace OtSim.Web.Tests;

/// <summary>The Orleans dashboard under the page (/dashboard) on loopback: it answers for the page's own silo, and only to loopback names.</summary>
[Collection("web")]
public sealed class DashboardOnLoopbackTests(WebServerFixture server)
{
    [Fact]
    public async Task The_dashboard_answers_with_its_page_and_the_silo_it_runs_on()
    {
        using var page = await server.Http.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("index.min.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Its icon fonts are data: URLs; the page's own policy would block them.
        Assert.Contains("font-src 'self' data:", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var host = Assert.Single(await DashboardHosts.ReadAsync(() => new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters"), server.Http));
        Assert.Equal("Active", host.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_the_trailing_slash_the_dashboard_redirects_to_it()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = server.Http.BaseAddress };
        using var response = await http.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith("/dashboard/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/DashboardCounters")]
    public async Task A_rebound_host_name_is_refused(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "rebound.attacker.example";
        using var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain("hosts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>The dashboard as off loopback (a token configured): nothing of it without the token, all of it with it.</summary>
public sealed class DashboardTokenTests : IAsyncLifetime
{
    private const string Token = "dashboard-token-for-tests";
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"otsim-web-dashboard-{Guid.NewGuid():N}");
    private WebApplication? _app;
    private HttpClient _http = new();

    public async Task InitializeAsync()
    {
        _app = WebServer.Create(ServeSettings.Create("127.0.0.1", 0, Token, _output), EngineTarget.Embedded);
        await WebServer.StartAsync(_app, EngineTarget.Embedded, CancellationToken.None);
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(WebServer.Address(_app)) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app!.StopAsync();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/index.min.js")]
    [InlineData("/dashboard/DashboardCounters")]
    [InlineData("/dashboard/Trace")]
    public async Task Without_the_token_the_dashboard_is_401(string path)
    {
        using var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, path);
        wrong.Headers.Add(TokenGuard.HeaderName, Token + "-not");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task With_the_token_the_dashboard_answers()
    {
        var hosts = await DashboardHosts.ReadAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters");
            request.Headers.Authorization = new("Bearer", Token);
            return request;
        }, _http);
        Assert.Equal("Active", Assert.Single(hosts).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Opening_the_dashboard_with_the_token_sets_the_cookie_its_page_then_uses()
    {
        using var opened = await _http.GetAsync($"/dashboard/?token={Token}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/dashboard/", opened.Headers.Location!.OriginalString);
        string cookie = opened.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith($"{TokenGuard.CookieName}={Token}", cookie, StringComparison.Ordinal);

        foreach (string path in new[] { "/dashboard/", "/dashboard/ClusterStats" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", $"{TokenGuard.CookieName}={Token}");
            Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task With_the_token_a_host_name_off_loopback_is_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters");
        request.Headers.Host = "otsim.school.example";
        request.Headers.Add(TokenGuard.HeaderName, Token);
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(request)).StatusCode);
    }
}

/// <summary>Reads the dashboard's silo list; its counters are sampled every second, so a just-started silo may take a moment to appear.</summary>
internal static class DashboardHosts
{
    public static async Task<JsonElement[]> ReadAsync(Func<HttpRequestMessage> request, HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var message = request();
            using var response = await http.SendAsync(message);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var hosts = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hosts").EnumerateArray().ToArray();
            if (hosts.Length > 0 || DateTime.UtcNow > deadline)
            {
                return hosts;
            }
            await Task.Delay(200);
        }
    }
}
