using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OtSim.Client.Web;

namespace OtSim.Web.Tests;

/// <summary>Servers of their own: restarts on the same folder, stream caps while a run is held, run numbering.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"otsim-web-restart-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public async Task Past_runs_keep_their_figures_chart_and_files_after_a_restart()
    {
        JsonElement before;
        string id;
        await using (var first = await PlainServer.StartAsync(_output))
        {
            using var started = await first.Http.PostAsJsonAsync("/api/runs", new { form = ServerBehaviourTests.SmallForm("kept") });
            id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            before = await first.WaitAsync(id);
        }
        await using var second = await PlainServer.StartAsync(_output);
        var list = await second.Http.GetFromJsonAsync<JsonElement>("/api/runs");
        var after = list.EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        Assert.Equal("done", after.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("results").GetRawText(), after.GetProperty("results").GetRawText());
        Assert.Equal(before.GetProperty("reveal").GetRawText(), after.GetProperty("reveal").GetRawText());
        Assert.Equal(before.GetProperty("spread").GetRawText(), after.GetProperty("spread").GetRawText());
        Assert.Contains("report.html", after.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.StartsWith("<svg", await second.Http.GetStringAsync($"/api/runs/{id}/minutes-progress.svg"));
        string events = await second.Http.GetStringAsync($"/api/runs/{id}/events");
        Assert.Contains("event: done", events);
    }

    [Fact]
    public async Task A_staffing_search_is_listed_with_its_answer_after_a_restart()
    {
        string id;
        JsonElement before;
        await using (var first = await PlainServer.StartAsync(_output))
        {
            using var started = await first.Http.PostAsJsonAsync("/api/staffing-searches", new
            {
                form = ServerBehaviourTests.SmallForm("kept-search"), metric = "goals", targetPercent = 40, maxFte = 2, searchReplications = 3,
            });
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            before = await first.WaitAsync(id);
        }
        await using var second = await PlainServer.StartAsync(_output);
        var after = await second.Http.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
        Assert.Equal("staffing-search", after.GetProperty("source").GetString());
        Assert.Equal(before.GetProperty("staffing").GetRawText(), after.GetProperty("staffing").GetRawText());
        Assert.Contains("curve.csv", after.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.StartsWith("<?xml", (await second.Http.GetStringAsync($"/api/runs/{id}/staffing-curve.svg")).TrimStart());
    }

    [Fact]
    public async Task Runs_sort_by_number_not_as_text()
    {
        foreach (string id in new[] { "9-a", "10-b", "100-c", "99-d" })
        {
            Directory.CreateDirectory(Path.Combine(_output, id));
            File.WriteAllText(Path.Combine(_output, id, "students.csv"), "student_id\n");
        }
        var runs = new RunManager(new OtSim.Model.Engine.PlainLoopEngine(), _output, "plain");
        Assert.Equal(["100-c", "99-d", "10-b", "9-a"], runs.List().Select(r => r.Id));
    }

    [Fact]
    public async Task Live_streams_are_capped_and_a_second_viewer_sees_the_active_run()
    {
        var engine = new GatedEngine();
        await using var server = await PlainServer.StartAsync(_output, engine, maxStreams: 2);
        using var started = await server.Http.PostAsJsonAsync("/api/runs", new { preset = "workshop-demo" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        string id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var active = await server.Http.GetFromJsonAsync<JsonElement>("/api/runs/active");
        Assert.Equal(id, active.GetProperty("id").GetString());
        Assert.Equal("preset", active.GetProperty("source").GetString());

        using var one = await server.Http.GetAsync($"/api/runs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        using var two = await server.Http.GetAsync($"/api/runs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        using var three = await server.Http.GetAsync($"/api/runs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.TooManyRequests, three.StatusCode);

        using var busy = await server.Http.PostAsJsonAsync("/api/runs", new { preset = "workshop-demo" });
        Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
        Assert.Contains(id, (await busy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());

        engine.Release();
        string first = await one.Content.ReadAsStringAsync();
        Assert.Contains("event: done", first);
        await server.WaitAsync(id);
        using var again = await server.Http.GetAsync($"/api/runs/{id}/events");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
