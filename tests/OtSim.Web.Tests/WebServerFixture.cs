using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using OtSim.Client.Engine;
using OtSim.Client.Web;

namespace OtSim.Web.Tests;

/// <summary>One page server with its embedded silo in the same host, on 127.0.0.1 (free port), for every test in the collection.</summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), $"otsim-web-tests-{Guid.NewGuid():N}");

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromMinutes(2) };

    public async Task InitializeAsync()
    {
        _app = WebServer.Create(ServeSettings.Create("127.0.0.1", 0, null, OutputDirectory), EngineTarget.Embedded);
        await WebServer.StartAsync(_app, EngineTarget.Embedded, CancellationToken.None);
        BaseUrl = WebServer.Address(_app);
        Http.BaseAddress = new Uri(BaseUrl);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }

    /// <summary>Starts a run and waits until it is done; returns its detail.</summary>
    public async Task<JsonElement> RunAsync(object body)
    {
        using var response = await Http.PostAsJsonAsync("/api/runs", body);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        return await WaitAsync(started.GetProperty("id").GetString()!);
    }

    /// <summary>Polls a run until it is no longer running.</summary>
    public Task<JsonElement> WaitAsync(string id) => RunPolling.WaitAsync(Http, id, TimeSpan.FromMinutes(3));
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<WebServerFixture>;
