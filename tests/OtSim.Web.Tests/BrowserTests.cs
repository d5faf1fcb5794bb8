using System.Globalization;
using Microsoft.Playwright;
using OtSim.Client.Cli;

namespace OtSim.Web.Tests;

/// <summary>The page in real headless Chromium (Debian's package; Playwright never downloads a browser here).</summary>
[Collection("web")]
public sealed class BrowserTests(WebServerFixture server) : IAsyncLifetime
{
    private static readonly (int Width, int Height)[] Sizes = [(1280, 720), (1920, 1080)];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDirectory);
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
    }

    [Fact]
    public async Task Workshop_preset_plays_to_the_end_and_shows_the_command_lines_numbers()
    {
        var page = await OpenAsync();
        await page.SelectOptionAsync("#preset", "blanket-vs-collaborative");
        Assert.Equal("", await page.TextContentAsync("#cells-label"));
        await page.SelectOptionAsync("#preset", "workshop-demo");
        Assert.Equal("", await page.TextContentAsync("#cells-label"));
        await page.SelectOptionAsync("#speed", "3");
        await page.ClickAsync("#play");
        await page.Locator("#week-label").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"Week (1[4-9]|2\d) of 36") }).WaitForAsync(new() { Timeout = 60_000 });
        await page.ClickAsync("#pause");
        await ShootAsync(page, "workshop-mid-year");

        await page.ClickAsync("#to-end");
        await page.Locator("#reveal-button").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal("Week 36 of 36", await page.TextContentAsync("#week-label"));
        await page.WaitForTimeoutAsync(800);
        await ShootAsync(page, "workshop-end");
        await page.ClickAsync("#reveal-button");
        await page.Locator("#reveal-chart svg").WaitForAsync(new() { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(800);
        await ShootAsync(page, "workshop-reveal");

        var shown = new Dictionary<string, string>();
        foreach (var tile in await page.Locator(".tile").AllAsync())
        {
            shown[(await tile.GetAttributeAsync("data-policy"))!] = (await tile.Locator(".goals-met").TextContentAsync())!;
        }
        var cli = await RunCliAsync("workshop-demo");
        Assert.Equal(cli.Keys.Order(), shown.Keys.Order());
        foreach (var (policy, percent) in cli)
        {
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{Math.Round(percent, MidpointRounding.AwayFromZero):0} %"), shown[policy]);
        }
        string headline = (await page.TextContentAsync("#reveal-headline"))!;
        Assert.Contains("points", headline);
        Assert.DoesNotContain("no effect.", headline.Replace("not evidence of no effect", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_staffing_form_shows_the_error_beside_the_field()
    {
        var page = await OpenAsync();
        await page.ClickAsync("#tab-explorer");
        await page.FillAsync("[name=therapists]", "0");
        await page.ClickAsync("#run-staffing");
        var error = page.Locator("#err-therapists");
        await error.WaitForAsync();
        Assert.Contains("from 1 to 100000", await error.TextContentAsync());
        Assert.Equal("true", await page.GetAttributeAsync("[name=therapists]", "aria-invalid"));

        await page.FillAsync("[name=therapists]", "2");
        await page.FillAsync("[name=mild]", "0.7");
        await page.Locator("#err-severityMix").WaitForAsync();
        Assert.Contains("add up to 1", await page.TextContentAsync("#err-severityMix"));
        Assert.True(await page.Locator("#err-therapists").IsHiddenAsync());
        await ShootAsync(page, "explorer-error");
    }

    [Fact]
    public async Task Two_staffing_runs_are_compared_side_by_side()
    {
        var page = await OpenAsync();
        await page.ClickAsync("#tab-explorer");
        await page.FillAsync("[name=name]", "two-therapists");
        await page.ClickAsync("#run-staffing");
        await page.Locator("#compare thead th").Nth(1).WaitForAsync(new() { Timeout = 60_000 });
        await page.FillAsync("[name=name]", "one-therapist");
        await page.FillAsync("[name=therapists]", "1");
        await page.SelectOptionAsync("[name=policy]", "collaborative");
        await page.FillAsync("[name=direct]", "0");
        await page.FillAsync("[name=integrated]", "20");
        await page.FillAsync("[name=consult]", "10");
        await page.FillAsync("[name=sessionsPerWeek]", "2");
        await page.ClickAsync("#run-staffing");
        await page.Locator("#compare thead th").Nth(2).WaitForAsync(new() { Timeout = 60_000 });

        var cells = await page.Locator("#compare td.goals-met").AllTextContentsAsync();
        Assert.Equal(2, cells.Count);
        Assert.All(cells, c => Assert.Matches(@"^\d+ % \(\d+ % to \d+ %\)$", c));
        var heads = await page.Locator("#compare thead th").AllTextContentsAsync();
        Assert.Contains(heads, h => h.Contains("two-therapists", StringComparison.Ordinal));
        Assert.Contains(heads, h => h.Contains("one-therapist", StringComparison.Ordinal));
        Assert.Equal(2, await page.Locator("#chart-compare rect").CountAsync());
        // Run ids on the bars are not cut at the chart's left edge.
        var chartBox = (await page.Locator("#chart-compare").BoundingBoxAsync())!;
        foreach (var label in await page.Locator("#chart-compare text").AllAsync())
        {
            Assert.True((await label.BoundingBoxAsync())!.X >= chartBox.X - 0.5, await label.TextContentAsync());
        }
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#compare-csv"));
        string csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("figure,", csv);
        Assert.Contains("two-therapists", csv);
        Assert.Contains("Minutes per week,30 pull-out; 1 session,20 push-in + 10 consult; 2 sessions", csv);
        Assert.Contains("Severity mix (mild / moderate / severe),0.4 / 0.4 / 0.2", csv);
        await page.Locator("#compare").ScrollIntoViewIfNeededAsync();
        await ShootAsync(page, "explorer-compare");

        await page.ClickAsync("#tab-results");
        await page.Locator("#runs tbody tr[data-run]").First.WaitForAsync();
        await page.Locator("#runs tbody tr[data-run] button").First.ClickAsync();
        await page.Locator("#run-detail svg").WaitForAsync(new() { Timeout = 30_000 });
        Assert.True(await page.Locator("#run-detail a[href*='students.csv']").CountAsync() == 1);
        await ShootAsync(page, "results");
    }

    private async Task<IPage> OpenAsync()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                external.Add(request.Url);
            }
        };
        page.PageError += (_, message) => throw new InvalidOperationException("Page script error: " + message);
        await page.GotoAsync(server.BaseUrl);
        await page.Locator("#preset option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Empty(external);
        return page;
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.WaitForTimeoutAsync(150);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}-{width}x{height}.png") });
        }
        await page.SetViewportSizeAsync(1280, 720);
    }

    private static async Task<Dictionary<string, double>> RunCliAsync(string scenario)
    {
        string output = Path.Combine(Path.GetTempPath(), $"otsim-web-cli-{Guid.NewGuid():N}");
        try
        {
            Assert.Equal(0, await CommandDispatcher.RunAsync(["run", Repository.Scenario(scenario), "--out", output, "--quiet", "--no-weeks"]));
            return Repository.GoalsMetPercent(Path.Combine(output, "students.csv"));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
