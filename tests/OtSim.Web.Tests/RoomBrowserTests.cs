using System.Text.Json;
using Microsoft.Playwright;

namespace OtSim.Web.Tests;

/// <summary>
/// The room and the district office in real headless Chromium: labels inside the charts, colours by policy name,
/// a second viewer joining, the staffing answer, past runs after a restart and the report opening inline.
/// </summary>
[Collection("web")]
public sealed class RoomBrowserTests(WebServerFixture server) : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"otsim-web-room-{Guid.NewGuid():N}");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(BrowserTests.ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        _browser = await SystemChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public async Task Line_end_labels_stay_inside_the_charts_and_colours_follow_the_policy_name_across_presets()
    {
        var page = await OpenAsync(server.BaseUrl);
        var demo = await PlayToEndAsync(page, "workshop-demo");
        foreach (string chart in new[] { "#chart-progress", "#chart-ontrack" })
        {
            var box = (await page.Locator(chart).BoundingBoxAsync())!;
            var labels = await page.Locator($"{chart} text.line-label").AllAsync();
            Assert.Equal(3, labels.Count);
            foreach (var label in labels)
            {
                var l = (await label.BoundingBoxAsync())!;
                Assert.True(l.X >= box.X && l.X + l.Width <= box.X + box.Width + 0.5, $"{await label.TextContentAsync()} is cut: {l.X + l.Width} > {box.X + box.Width}");
            }
        }
        await Shots.TakeAsync(page, "room-labels-end");

        var other = await PlayToEndAsync(page, "blanket-vs-collaborative");
        Assert.Equal(demo["collaborative"], other["collaborative"]);
        Assert.NotEqual(demo["collaborative"], demo["blanket-30"]);
        Assert.Equal(demo["blanket-30"], other["blanket-30"]);
        // The tiles use the same colours as the lines.
        string swatch = await page.Locator(".tile[data-policy='collaborative'] .swatch").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal(Rgb(other["collaborative"]), swatch);
        await Shots.TakeAsync(page, "room-second-preset");
    }

    [Fact]
    public async Task A_second_viewer_sees_busy_beside_a_disabled_Play_and_joins_a_running_workshop()
    {
        var engine = new GatedEngine();
        await using var gated = await PlainServer.StartAsync(_output, engine);
        using (var staffing = await gated.Http.PostAsync("/api/runs", Json(new { form = ServerBehaviourTests.SmallForm("held") })))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, staffing.StatusCode);
        }
        var viewer = await OpenAsync(gated.BaseUrl);
        await viewer.Locator("#busy").WaitForAsync();
        Assert.Contains("01-held is running", await viewer.TextContentAsync("#busy"));
        Assert.True(await viewer.Locator("#play").IsDisabledAsync());
        await Shots.TakeAsync(viewer, "room-busy");
        engine.Release();
        await viewer.Locator("#busy").WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 30_000 });
        Assert.True(await viewer.Locator("#play").IsEnabledAsync());
        await viewer.CloseAsync();

        var engine2 = new GatedEngine();
        await using var second = await PlainServer.StartAsync(_output + "-2", engine2);
        var first = await OpenAsync(second.BaseUrl);
        await first.SelectOptionAsync("#preset", "workshop-demo");
        await first.ClickAsync("#play");
        var joiner = await OpenAsync(second.BaseUrl);
        await joiner.Locator("#cells-label").Filter(new() { HasText = "starting" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.True(await joiner.Locator("#play").IsDisabledAsync());
        engine2.Release();
        await joiner.Locator("#cells-label").Filter(new() { HasText = "(complete)" }).WaitForAsync(new() { Timeout = 60_000 });
        await joiner.ClickAsync("#to-end");
        await joiner.Locator("#reveal-button").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal("Week 36 of 36", await joiner.TextContentAsync("#week-label"));
        Assert.Equal(3, await joiner.Locator(".tile").CountAsync());
        Directory.Delete(_output + "-2", recursive: true);
    }

    [Fact]
    public async Task The_staffing_search_goes_from_the_form_to_its_recommendation()
    {
        var page = await OpenAsync(server.BaseUrl);
        await page.ClickAsync("#tab-explorer");
        await page.FillAsync("[name=name]", "search-ui");
        await page.FillAsync("#search-form [name=targetPercent]", "80");
        await page.FillAsync("#search-form [name=maxFte]", "3");
        await page.FillAsync("#search-form [name=searchReplications]", "3");
        await page.ClickAsync("#run-search");
        await page.Locator("#search-answer").WaitForAsync(new() { Timeout = 120_000 });
        string sentence = (await page.TextContentAsync("#search-sentence"))!;
        Assert.Contains("FTE", sentence);
        Assert.Contains("prescribed minutes delivered", sentence);
        Assert.Equal(3, await page.Locator("#search-levels tbody tr").CountAsync());
        // Three school years per level cannot give a firm answer, and the page says so.
        Assert.Contains("run more school years per level", await page.TextContentAsync("#search-caveat"));
        await page.Locator("#search-chart svg").WaitForAsync();
        Assert.Equal(1, await page.Locator("#search-files a[href$='recommendation.json']").CountAsync());
        await page.Locator("#search-answer").ScrollIntoViewIfNeededAsync();
        await Shots.TakeAsync(page, "explorer-staffing-answer");

        // A field of the district form at fault is shown beside that field.
        await page.FillAsync("#staffing-form [name=fte]", "");
        await page.ClickAsync("#run-search");
        await page.Locator("#err-fte").WaitForAsync();
        Assert.Contains("required", await page.TextContentAsync("#err-fte"));
    }

    [Fact]
    public async Task Past_runs_keep_their_figures_after_a_restart_and_the_report_opens_in_the_browser()
    {
        string id;
        await using (var before = await PlainServer.StartAsync(_output))
        {
            using var started = await before.Http.PostAsync("/api/runs", Json(new { preset = "workshop-demo" }));
            id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
            await before.WaitAsync(id);
        }
        await using var after = await PlainServer.StartAsync(_output);
        var page = await OpenAsync(after.BaseUrl);
        await page.ClickAsync("#tab-results");
        var row = page.Locator($"#runs tr[data-run='{id}']");
        await row.WaitForAsync();
        Assert.Matches(@"blanket-30 \d+ %", await row.TextContentAsync());
        await row.Locator("button").ClickAsync();
        await page.Locator("#run-detail svg").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal(3, await page.Locator("#run-detail tbody tr").CountAsync());
        await Shots.TakeAsync(page, "results-after-restart");

        var popup = await page.Context.RunAndWaitForPageAsync(() => page.Locator("#run-detail a", new() { HasText = "open report" }).ClickAsync());
        await popup.WaitForLoadStateAsync();
        Assert.EndsWith($"/api/runs/{id}/files/report.html", popup.Url);
        Assert.Contains("<svg", await popup.ContentAsync());
        await popup.SetViewportSizeAsync(1280, 720);
        await popup.ScreenshotAsync(new() { Path = Path.Combine(BrowserTests.ScreenshotDirectory, "report-inline-1280x720.png") });
    }

    private async Task<Dictionary<string, string>> PlayToEndAsync(IPage page, string preset)
    {
        await page.SelectOptionAsync("#preset", preset);
        await page.ClickAsync("#play");
        await page.Locator("#cells-label").Filter(new() { HasText = "(complete)" }).WaitForAsync(new() { Timeout = 90_000 });
        await page.ClickAsync("#to-end");
        await page.Locator("#reveal-button").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal("Week 36 of 36", await page.TextContentAsync("#week-label"));
        var colours = new Dictionary<string, string>();
        foreach (var path in await page.Locator("#chart-progress path[data-policy]").AllAsync())
        {
            colours[(await path.GetAttributeAsync("data-policy"))!] = (await path.GetAttributeAsync("stroke"))!;
        }
        return colours;
    }

    private async Task<IPage> OpenAsync(string baseUrl)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        page.PageError += (_, message) => throw new InvalidOperationException("Page script error: " + message);
        await page.GotoAsync(baseUrl);
        await page.Locator("#preset option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return page;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private static string Rgb(string hex) =>
        $"rgb({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)})";
}

/// <summary>Screenshots at the two projector sizes.</summary>
internal static class Shots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        foreach (var (width, height) in new[] { (1280, 720), (1920, 1080) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.WaitForTimeoutAsync(200);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserTests.ScreenshotDirectory, $"{name}-{width}x{height}.png") });
        }
        await page.SetViewportSizeAsync(1280, 720);
    }
}
