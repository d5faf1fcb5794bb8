using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OtSim.Client.Web;

namespace OtSim.Web.Tests;

/// <summary>The server cases of "a server that behaves": odd numbers, names, live streams, host names, restarts.</summary>
[Collection("web")]
public sealed class ServerBehaviourTests(WebServerFixture server)
{
    private const string GoodForm = """
        "name": "NAME", "seed": 5, "replications": 3, "therapists": 2, "fte": FTE, "salaryPerFte": 78000,
        "schools": 2, "classroomsPerSchool": 4, "studentsPerClassroom": 3, "mild": 0.4, "moderate": 0.4, "severe": 0.2,
        "collaboration": 0.5, "policy": "blanket", "direct": 30, "integrated": 0, "consult": 0, "sessionsPerWeek": 1
        """;

    private static StringContent Form(string name = "behaves", string fte = "1", string? drop = null)
    {
        string fields = GoodForm.Replace("NAME", name.Replace("\n", "\\n", StringComparison.Ordinal), StringComparison.Ordinal).Replace("FTE", fte, StringComparison.Ordinal);
        if (drop is not null)
        {
            fields = string.Join(",", fields.Split(',').Where(f => !f.Contains($"\"{drop}\"", StringComparison.Ordinal)));
        }
        return new StringContent("{\"form\": {" + fields + "}}", Encoding.UTF8, "application/json");
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    public async Task An_infinite_fte_is_422_beside_the_field_not_500(string fte)
    {
        foreach (string path in new[] { "/api/scenarios/validate", "/api/runs" })
        {
            using var response = await server.Http.PostAsync(path, Form(fte: fte));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var error = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("fte", error.GetProperty("field").GetString());
        }
    }

    [Theory]
    [InlineData("fte")]
    [InlineData("salaryPerFte")]
    [InlineData("seed")]
    [InlineData("replications")]
    public async Task Empty_fields_with_scenario_defaults_are_flagged_too(string field)
    {
        using var response = await server.Http.PostAsync("/api/scenarios/validate", Form(drop: field));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Contains("required", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("nl\n", "folder name")]
    [InlineData("NAME200", "at most 60")]
    [InlineData("NAME300", "at most 60")]
    public async Task Names_are_checked_to_the_end_and_capped_and_errors_show_no_server_path(string name, string expected)
    {
        name = name switch { "NAME200" => new string('a', 200), "NAME300" => new string('b', 300), _ => name };
        using var response = await server.Http.PostAsync("/api/runs", Form(name: name));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        var error = JsonDocument.Parse(body).RootElement;
        Assert.Equal("name", error.GetProperty("field").GetString());
        Assert.Contains(expected, error.GetProperty("message").GetString());
        Assert.DoesNotContain(server.OutputDirectory, body);
        Assert.DoesNotContain(Path.GetTempPath(), body);
        Assert.False(Directory.Exists(server.OutputDirectory) && Directory.EnumerateDirectories(server.OutputDirectory).Any(d => d.Contains("nl\n", StringComparison.Ordinal) || d.Length > 250));
    }

    [Fact]
    public async Task Info_shows_the_folder_name_only()
    {
        string info = await server.Http.GetStringAsync("/api/info");
        Assert.DoesNotContain(server.OutputDirectory, info);
        Assert.Contains(Path.GetFileName(server.OutputDirectory), info);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("99999999999")]
    [InlineData("2147483647")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public async Task Bad_Last_Event_IDs_are_400(string lastId)
    {
        string id = (await server.RunAsync(new { form = SmallForm("lastid") })).GetProperty("id").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/runs/{id}/events");
        request.Headers.Add("Last-Event-ID", lastId);
        using var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_stream_of_a_finished_run_closes_even_after_its_last_event()
    {
        string id = (await server.RunAsync(new { form = SmallForm("closes") })).GetProperty("id").GetString()!;
        foreach (string lastId in new[] { "999999", "2" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/runs/{id}/events");
            request.Headers.Add("Last-Event-ID", lastId);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var response = await server.Http.SendAsync(request, timeout.Token);
            string text = await response.Content.ReadAsStringAsync(timeout.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("keep-alive", text);
            if (lastId == "2")
            {
                Assert.Contains("event: done", text);
                Assert.DoesNotContain("id: 2\n", text);
            }
        }
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("rebind.attacker.test:80")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task On_loopback_without_a_token_only_loopback_host_names_are_answered(string host)
    {
        foreach (string path in new[] { "/", "/api/info", "/api/runs" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = host;
            using var response = await server.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        }
        int port = new Uri(server.BaseUrl).Port;
        foreach (string good in new[] { $"localhost:{port}", $"127.0.0.1:{port}", $"[::1]:{port}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/info");
            request.Headers.Host = good;
            Assert.Equal(HttpStatusCode.OK, (await server.Http.SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task Report_opens_inline_and_downloads_carry_the_runs_name()
    {
        string id = (await server.RunAsync(new { form = SmallForm("named-run") })).GetProperty("id").GetString()!;
        using var report = await server.Http.GetAsync($"/api/runs/{id}/files/report.html");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.True(report.Content.Headers.ContentDisposition is null || report.Content.Headers.ContentDisposition.DispositionType == "inline");
        Assert.Equal("text/html", report.Content.Headers.ContentType!.MediaType);
        using var scenario = await server.Http.GetAsync($"/api/runs/{id}/files/scenario.resolved.json");
        Assert.Equal($"{id}-scenario.json", scenario.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.EndsWith("-named-run", id);
        using var students = await server.Http.GetAsync($"/api/runs/{id}/files/students.csv");
        Assert.Equal($"{id}-students.csv", students.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
    }

    [Fact]
    public async Task A_run_lists_its_inputs_and_the_range_of_its_figures_across_replications()
    {
        var run = await server.RunAsync(new { form = SmallForm("ranges") });
        var scenario = run.GetProperty("scenario");
        Assert.Equal(0.4, scenario.GetProperty("severityMix").GetProperty("mild").GetDouble());
        Assert.Equal("30 pull-out; 1 session", scenario.GetProperty("minutesPerWeek")[0].GetProperty("text").GetString());
        Assert.Equal(3, scenario.GetProperty("replications").GetInt32());
        var result = run.GetProperty("results")[0];
        var spread = run.GetProperty("spread")[0];
        Assert.Equal(3, spread.GetProperty("replications").GetInt32());
        var goals = spread.GetProperty("goalsMetPercent");
        double met = result.GetProperty("goalsMetPercent").GetDouble();
        Assert.InRange(met, goals.GetProperty("low").GetDouble() - 1e-6, goals.GetProperty("high").GetDouble() + 1e-6);
        var compliance = spread.GetProperty("compliancePercent");
        Assert.InRange(result.GetProperty("compliancePercent").GetDouble(), compliance.GetProperty("low").GetDouble() - 1e-6, compliance.GetProperty("high").GetDouble() + 1e-6);
        bool wide = goals.GetProperty("high").GetDouble() - goals.GetProperty("low").GetDouble() > ReplicationSpread.WidePoints;
        Assert.Equal(wide, spread.GetProperty("wide").GetBoolean());
    }

    [Fact]
    public async Task The_active_run_is_known_while_it_runs()
    {
        using var idle = await server.Http.GetAsync("/api/runs/active");
        Assert.Equal(HttpStatusCode.NoContent, idle.StatusCode);
    }

    [Fact]
    public void A_wildcard_host_prints_the_machines_addresses()
    {
        var addresses = ServeAddresses.For("0.0.0.0", "http://0.0.0.0:5080");
        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.DoesNotContain("0.0.0.0", a));
        Assert.All(addresses, a => Assert.EndsWith(":5080", a));
        Assert.Equal(["http://127.0.0.1:5080"], ServeAddresses.For("127.0.0.1", "http://127.0.0.1:5080"));
    }

    [Fact]
    public void Failure_messages_never_show_server_paths()
    {
        var runs = new RunManager(new OtSim.Model.Engine.PlainLoopEngine(), "/srv/otsim/results/serve-1", "plain");
        string text = runs.Scrub("Could not find a part of the path '/srv/otsim/results/serve-1/03-x/.otsim-work/run.json'. Also /home/user/file.txt");
        Assert.DoesNotContain("/srv", text);
        Assert.DoesNotContain("/home", text);
    }

    [Fact]
    public async Task A_run_with_referrals_offers_its_evaluations_for_download()
    {
        var form = SmallForm("referrals");
        form["referralRate"] = 0.5;
        var run = await server.RunAsync(new { form });
        Assert.Equal("done", run.GetProperty("status").GetString());
        string id = run.GetProperty("id").GetString()!;
        Assert.Contains("evaluations.csv", run.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        string csv = await server.Http.GetStringAsync($"/api/runs/{id}/files/evaluations.csv");
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(server.OutputDirectory, id, "evaluations.csv")), csv);
        Assert.StartsWith("policy,replication,seed,student_id,", csv, StringComparison.Ordinal);
    }

    internal static Dictionary<string, object?> SmallForm(string name) => new()
    {
        ["name"] = name, ["seed"] = 5, ["replications"] = 3, ["therapists"] = 2, ["fte"] = 1, ["salaryPerFte"] = 78000,
        ["schools"] = 2, ["classroomsPerSchool"] = 4, ["studentsPerClassroom"] = 3, ["mild"] = 0.4, ["moderate"] = 0.4, ["severe"] = 0.2,
        ["collaboration"] = 0.5, ["policy"] = "blanket", ["direct"] = 30, ["integrated"] = 0, ["consult"] = 0, ["sessionsPerWeek"] = 1,
    };
}
