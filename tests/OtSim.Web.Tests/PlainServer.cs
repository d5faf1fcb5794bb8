using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using OtSim.Client.Web;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Web.Tests;

/// <summary>Holds every cell until <see cref="Release"/>, so a test can look at a server while a run is going.</summary>
public sealed class GatedEngine : ISimulationEngine
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PlainLoopEngine _inner = new(parallel: false);

    public void Release() => _gate.TrySetResult();

    public async Task<CellResult> RunCellAsync(Scenario scenario, SimulationCell cell, bool includeWeeks, CancellationToken cancellationToken)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return await _inner.RunCellAsync(scenario, cell, includeWeeks, cancellationToken);
    }
}

/// <summary>A page server of its own (plain loop engine, free port) on a given results folder, for tests that restart or limit it.</summary>
public sealed class PlainServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlainServer(WebApplication app, HttpClient http)
    {
        _app = app;
        Http = http;
    }

    public HttpClient Http { get; }

    public string BaseUrl => Http.BaseAddress!.ToString().TrimEnd('/');

    public static async Task<PlainServer> StartAsync(string output, ISimulationEngine? engine = null, int maxStreams = 200)
    {
        var settings = ServeSettings.Create("127.0.0.1", 0, null, output) with { MaxStreams = maxStreams };
        var app = WebServer.Create(settings, engine ?? new PlainLoopEngine(parallel: false), "plain loop");
        await app.StartAsync();
        return new PlainServer(app, new HttpClient { BaseAddress = new Uri(WebServer.Address(app)), Timeout = TimeSpan.FromMinutes(2) });
    }

    public Task<JsonElement> WaitAsync(string id) => RunPolling.WaitAsync(Http, id, TimeSpan.FromMinutes(2));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
