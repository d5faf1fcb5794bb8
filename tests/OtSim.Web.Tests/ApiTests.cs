using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OtSim.Web.Tests;

[Collection("web")]
public sealed class ApiTests(WebServerFixture server)
{
    private static readonly Dictionary<string, object?> ValidForm = new()
    {
        ["name"] = "api-test", ["seed"] = 5, ["replications"] = 2, ["therapists"] = 2, ["fte"] = 1, ["salaryPerFte"] = 78000,
        ["schools"] = 2, ["classroomsPerSchool"] = 6, ["studentsPerClassroom"] = 3, ["mild"] = 0.4, ["moderate"] = 0.4, ["severe"] = 0.2,
        ["collaboration"] = 0.5, ["policy"] = "blanket", ["direct"] = 30, ["integrated"] = 0, ["consult"] = 0, ["sessionsPerWeek"] = 1,
    };

    private static Dictionary<string, object?> FormWith(string field, object? value) => new(ValidForm) { [field] = value };

    [Fact]
    public async Task Page_and_its_files_are_served_and_fetch_nothing_from_elsewhere()
    {
        foreach (string path in new[] { "/", "/app.js", "/app.css", "/charts.js", "/workshop.js", "/explorer.js", "/results.js" })
        {
            using var response = await server.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            string text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", text);
            Assert.DoesNotContain("fetch(\"http", text);
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        }
    }

    [Fact]
    public async Task Info_lists_the_four_presets_and_the_limits()
    {
        var info = await server.Http.GetFromJsonAsync<JsonElement>("/api/info");
        var ids = info.GetProperty("presets").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(new[] { "workshop-demo", "blanket-vs-collaborative", "staffing-shortage", "responsive-vs-blanket" }, ids);
        Assert.Equal(20_000, info.GetProperty("limits").GetProperty("maxStudents").GetInt32());
        Assert.Equal("embedded silo", info.GetProperty("engine").GetString());
    }

    [Fact]
    public async Task Validate_accepts_a_good_form()
    {
        using var response = await server.Http.PostAsJsonAsync("/api/scenarios/validate", new { form = ValidForm });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(36, body.GetProperty("students").GetInt32());
    }

    [Theory]
    [InlineData("therapists", 0, "therapists", "from 1 to 100000")]
    [InlineData("fte", 1.5, "fte", "from 0.1 to 1")]
    [InlineData("mild", 0.7, "severityMix", "add up to 1")]
    [InlineData("collaboration", 2, "collaboration", "from 0 to 1")]
    [InlineData("direct", 10000, "direct", "from 0 to 600")]
    [InlineData("schools", null, "schools", "required")]
    [InlineData("name", "bad/name", "name", "folder name")]
    [InlineData("policy", "per-student", "policy", "blanket, collaborative")]
    [InlineData("studentsPerClassroom", 100, "studentsPerClassroom", "from 1 to 99")]
    [InlineData("schools", 2000, "schools", "at most 20,000")]
    [InlineData("replications", 5000, "replications", "student-years")]
    [InlineData("referralRate", 6, "referralRate", "from 0 to 5")]
    public async Task Bad_fields_are_422_naming_the_form_field(string field, object? value, string expectedField, string expectedText)
    {
        foreach (string path in new[] { "/api/scenarios/validate", "/api/runs" })
        {
            using var response = await server.Http.PostAsJsonAsync(path, new { form = FormWith(field, value) });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var error = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(expectedField, error.GetProperty("field").GetString());
            Assert.Contains(expectedText, error.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Needs_based_minutes_are_checked_per_band()
    {
        var form = FormWith("policy", "needs-based");
        form["mildDirect"] = 15;
        form["moderateDirect"] = 30;
        form["severeDirect"] = 900;
        using var response = await server.Http.PostAsJsonAsync("/api/scenarios/validate", new { form });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("severeDirect", error.GetProperty("field").GetString());
        Assert.Equal("policies[0].bySeverity.severe.direct", error.GetProperty("scenarioPath").GetString());
    }

    [Theory]
    [InlineData("{not json", "application/json")]
    [InlineData("{\"form\": {\"therapists\": \"three\"}}", "application/json")]
    [InlineData("{\"form\": {\"therapistz\": 3}}", "application/json")]
    [InlineData("{\"preset\": \"workshop-demo\", \"form\": {}}", "application/json")]
    [InlineData("{}", "application/json")]
    [InlineData("preset=workshop-demo", "application/x-www-form-urlencoded")]
    public async Task Malformed_requests_are_400(string body, string type)
    {
        foreach (string path in new[] { "/api/scenarios/validate", "/api/runs" })
        {
            using var content = new StringContent(body, Encoding.UTF8, type);
            using var response = await server.Http.PostAsync(path, content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("body", error.GetProperty("field").GetString());
        }
    }

    [Fact]
    public async Task Bodies_over_64_KB_are_refused()
    {
        string big = "{\"preset\": \"" + new string('x', 70_000) + "\"}";
        using var content = new StringContent(big, Encoding.UTF8, "application/json");
        using var response = await server.Http.PostAsync("/api/runs", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_preset_and_bad_seed_are_422()
    {
        using var preset = await server.Http.PostAsJsonAsync("/api/runs", new { preset = "nope" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, preset.StatusCode);
        Assert.Equal("preset", (await preset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        using var seed = await server.Http.PostAsJsonAsync("/api/runs", new { preset = "workshop-demo", seed = -1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, seed.StatusCode);
        Assert.Equal("seed", (await seed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_preset_run_streams_events_and_its_figures_match_its_dataset()
    {
        using var response = await server.Http.PostAsJsonAsync("/api/runs", new { preset = "workshop-demo" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        string id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        string stream = await server.Http.GetStringAsync($"/api/runs/{id}/events");
        var names = stream.Split('\n').Where(l => l.StartsWith("event: ", StringComparison.Ordinal)).Select(l => l[7..]).ToArray();
        Assert.Equal("start", names[0]);
        Assert.Equal(9, names.Count(n => n == "cell"));
        Assert.Equal("done", names[^1]);
        Assert.DoesNotContain("student_id", stream);
        Assert.DoesNotContain("studentId", stream);

        var run = await server.WaitAsync(id);
        Assert.Equal("done", run.GetProperty("status").GetString());
        string folder = Path.Combine(server.OutputDirectory, id);
        var expected = Repository.GoalsMetPercent(Path.Combine(folder, "students.csv"));
        foreach (var policy in run.GetProperty("results").EnumerateArray())
        {
            Assert.Equal(expected[policy.GetProperty("policy").GetString()!], policy.GetProperty("goalsMetPercent").GetDouble(), 9);
        }
        // The reveal states the analysis' answer, word for word (one computation for the page and report.html).
        var reveal = run.GetProperty("reveal");
        using var analysis = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "analysis.json")));
        var answer = analysis.RootElement.GetProperty("answer");
        Assert.Equal(answer.GetProperty("headline").GetString(), reveal.GetProperty("headline").GetString());
        Assert.Equal(answer.GetProperty("verdict").GetString(), reveal.GetProperty("verdict").GetString());

        string csv = await server.Http.GetStringAsync($"/api/runs/{id}/files/students.csv");
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder, "students.csv")), csv);
        string scenario = await server.Http.GetStringAsync($"/api/runs/{id}/files/scenario.resolved.json");
        Assert.Contains("\"name\": \"workshop-demo\"", scenario);
        string svg = await server.Http.GetStringAsync($"/api/runs/{id}/minutes-progress.svg");
        Assert.StartsWith("<svg", svg);
        Assert.Contains("viewBox", svg);

        // Runs from the page are analysed like `run`: the report is the same self-contained file.
        string report = await server.Http.GetStringAsync($"/api/runs/{id}/files/report.html");
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder, "report.html")), report);
        Assert.Contains("<svg", report);

        var list = await server.Http.GetFromJsonAsync<JsonElement>("/api/runs");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("id").GetString() == id);
    }

    [Theory]
    [InlineData("/api/runs/99-nope")]
    [InlineData("/api/runs/99-nope/events")]
    [InlineData("/api/runs/99-nope/minutes-progress.svg")]
    [InlineData("/api/runs/99-nope/files/students.csv")]
    [InlineData("/api/runs/..%2F..%2Fetc/files/students.csv")]
    [InlineData("/api/runs/.hidden/files/students.csv")]
    public async Task Unknown_runs_are_404(string path)
    {
        using var response = await server.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Only_listed_files_can_be_downloaded()
    {
        var run = await server.RunAsync(new { form = ValidForm });
        string id = run.GetProperty("id").GetString()!;
        foreach (string file in new[] { "..%2Fsecret.txt", "scenario.json.bak", "students.csv%00", "%2E%2E%2Fstudents.csv" })
        {
            using var response = await server.Http.GetAsync($"/api/runs/{id}/files/{file}");
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{file}: {response.StatusCode}");
        }
        var result = run.GetProperty("results")[0];
        Assert.Equal(2 * 1.0 * 78000, result.GetProperty("annualCost").GetDouble());
        Assert.Equal(18, result.GetProperty("caseloadPerFte").GetDouble(), 6);
    }

    [Fact]
    public async Task A_second_run_while_one_is_going_is_429_busy()
    {
        using var first = await server.Http.PostAsJsonAsync("/api/runs", new { preset = "blanket-vs-collaborative" });
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        using var second = await server.Http.PostAsJsonAsync("/api/runs", new { preset = "workshop-demo" });
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("Busy", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        await server.WaitAsync((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }
}
