using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using OtSim.Client.Cli;
using OtSim.Client.Web;
using OtSim.Silo.Web;
using OtSim.Model.Engine;

namespace OtSim.Web.Tests;

public sealed class TokenTests : IAsyncLifetime
{
    private const string Token = "correct-horse-battery";
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"otsim-web-token-{Guid.NewGuid():N}");
    private WebApplication? _app;
    private HttpClient _http = new();

    public async Task InitializeAsync()
    {
        // As off loopback: a token is configured, so every API call must carry it.
        _app = WebServer.Create(ServeSettings.Create("127.0.0.1", 0, Token, _output), new PlainLoopEngine(parallel: false), "plain");
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(WebServer.Address(_app)) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app!.DisposeAsync();
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.0.2.10")]
    public void Off_loopback_without_a_token_refuses_to_start(string host)
    {
        var error = Assert.Throws<UsageException>(() => ServeSettings.Create(host, 5080, null, "out"));
        Assert.Contains("token", error.Message);
        Assert.NotNull(ServeSettings.Create(host, 5080, "a-long-enough-token", "out").Token);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.1.2.3", true)]
    [InlineData("::1", true)]
    [InlineData("localhost", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("10.0.0.1", false)]
    public void Loopback_is_recognised(string host, bool loopback) => Assert.Equal(loopback, ServeSettings.IsLoopback(host));

    [Fact]
    public async Task The_serve_command_exits_2_off_loopback_without_a_token()
    {
        // A token in the environment would satisfy the rule; take it away for this test and put it back after.
        string? saved = Environment.GetEnvironmentVariable(ServeSettings.TokenVariable);
        Environment.SetEnvironmentVariable(ServeSettings.TokenVariable, null);
        try
        {
            Assert.Equal(2, await CommandDispatcher.RunAsync(["serve", "--host", "0.0.0.0", "--port", "5999", "--out", _output]));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ServeSettings.TokenVariable, saved);
        }
    }

    [Theory]
    [InlineData("/api/info")]
    [InlineData("/api/runs")]
    [InlineData("/api/runs/01-x/events")]
    [InlineData("/api/runs/01-x/files/students.csv")]
    public async Task Without_the_token_every_api_call_is_401(string path)
    {
        using var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, path);
        wrong.Headers.Add(TokenGuard.HeaderName, "correct-horse-battery-staple");
        using var wrongResponse = await _http.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
    }

    [Fact]
    public async Task Without_the_token_nothing_runs()
    {
        using var response = await _http.PostAsJsonAsync("/api/runs", new { preset = "workshop-demo" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(300);
        Assert.False(Directory.Exists(_output) && Directory.EnumerateFileSystemEntries(_output).Any());
    }

    [Fact]
    public async Task With_the_token_in_a_header_or_the_query_calls_go_through()
    {
        using var header = new HttpRequestMessage(HttpMethod.Get, "/api/info");
        header.Headers.Add(TokenGuard.HeaderName, Token);
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(header)).StatusCode);
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/runs");
        bearer.Headers.Authorization = new("Bearer", Token);
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(bearer)).StatusCode);
    }

    [Fact]
    public async Task A_token_in_the_address_is_exchanged_for_an_HttpOnly_cookie_and_a_clean_address()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = _http.BaseAddress };
        using var response = await http.GetAsync($"/?token={Token}&tab=results");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?tab=results", response.Headers.Location!.OriginalString);
        string cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith($"{TokenGuard.CookieName}={Token}", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/runs");
        withCookie.Headers.Add("Cookie", $"{TokenGuard.CookieName}={Token}");
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(withCookie)).StatusCode);

        using var wrong = await http.GetAsync("/?token=not-the-token-at-all");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_401_says_how_to_authenticate()
    {
        using var response = await _http.GetAsync("/api/info");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task With_a_token_any_host_name_is_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/info");
        request.Headers.Host = "otsim.school.example";
        request.Headers.Add(TokenGuard.HeaderName, Token);
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_page_itself_loads_without_the_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/")).StatusCode);
    }
}
