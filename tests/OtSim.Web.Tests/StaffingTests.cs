using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OtSim.Client.Cli;
using OtSim.Client.Staffing;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Web.Tests;

/// <summary>The staffing answer: its interval (checked against R), its search, its folder and its command line.</summary>
public sealed class StaffingTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"otsim-staff-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    // R: prop.test(x, n, correct = FALSE)$conf.int
    [Theory]
    [InlineData(0, 10, 0.0, 0.277532799862889)]
    [InlineData(7, 10, 0.396778147461145, 0.892208732593699)]
    [InlineData(10, 10, 0.722467200137111, 1.0)]
    [InlineData(3, 5, 0.230724281276013, 0.882379225767352)]
    public void Wilson_interval_agrees_with_R(int successes, int n, double low, double high)
    {
        var (l, h) = Wilson.Interval(successes, n);
        Assert.Equal(low, l, 9);
        Assert.Equal(high, h, 9);
    }

    [Theory]
    [InlineData("compliance>=0.95", TargetMetric.Compliance, 0.95)]
    [InlineData("goals>=50%", TargetMetric.GoalsMet, 0.5)]
    [InlineData(" goals >= 0.4 ", TargetMetric.GoalsMet, 0.4)]
    public void Targets_parse(string text, TargetMetric metric, double threshold)
    {
        var target = StaffingTarget.TryParse(text, out _);
        Assert.Equal(new StaffingTarget(metric, threshold), target);
    }

    [Theory]
    [InlineData("compliance>0.95")]
    [InlineData("cost>=0.5")]
    [InlineData("goals>=1.5")]
    [InlineData("goals>=0")]
    [InlineData("goals>=1e400")]
    public void Bad_targets_say_what_is_allowed(string text)
    {
        Assert.Null(StaffingTarget.TryParse(text, out string error));
        Assert.Contains(text, error);
    }

    [Fact]
    public async Task The_search_finds_the_least_staffing_and_more_staff_delivers_more()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("staffing-shortage"));
        var options = new StaffingSearchOptions(new StaffingTarget(TargetMetric.Compliance, 0.9), "collaborative", 6, 4);
        var answer = await StaffingSearch.RunAsync(scenario, options, new PlainLoopEngine(), null, CancellationToken.None);

        Assert.Equal([1, 2, 3, 4, 5, 6], answer.Levels.Select(l => l.Therapists));
        for (int i = 1; i < answer.Levels.Count; i++)
        {
            Assert.True(answer.Levels[i].Mean >= answer.Levels[i - 1].Mean - 1e-9, "compliance must not fall with more staff");
        }
        var recommended = Assert.IsType<StaffingLevel>(answer.Recommended);
        Assert.True(recommended.Share >= 0.8);
        Assert.All(answer.Levels.TakeWhile(l => l != recommended), l => Assert.True(l.Share < 0.8));
        Assert.Equal(recommended.TotalFte * scenario.Staffing.SalaryPerFte, recommended.AnnualCost);
        Assert.Equal(recommended.Values.Count(v => v >= 0.9), recommended.Meeting);
        Assert.Contains($"{recommended.TotalFte.ToString("0.##", CultureInfo.InvariantCulture)} FTE", answer.Sentence());
    }

    [Fact]
    public async Task The_command_writes_the_curve_the_recommendation_a_report_and_the_chart()
    {
        string folder = Path.Combine(_output, "answer");
        int code = await CommandDispatcher.RunAsync(["staff", Repository.Scenario("staffing-shortage"), "--target", "compliance>=0.9", "--policy", "collaborative",
            "--max-fte", "6", "--replications", "3", "--engine", "plain", "--out", folder]);
        Assert.Equal(0, code);
        foreach (string file in StaffingOutput.Files)
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }
        var lines = File.ReadAllLines(Path.Combine(folder, "curve.csv"));
        Assert.StartsWith("policy,therapists,fte_each,total_fte", lines[0]);
        Assert.Equal(1, lines.Skip(1).Count(l => l.EndsWith(",1", StringComparison.Ordinal)));
        var recommendation = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "recommendation.json"))).RootElement;
        Assert.True(recommendation.GetProperty("found").GetBoolean());
        Assert.Equal("compliance>=0.9", recommendation.GetProperty("target").GetString());
        string report = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("<svg", report);
        Assert.Contains(recommendation.GetProperty("sentence").GetString()!.Replace("'", "&#39;", StringComparison.Ordinal), report);
        Assert.Empty(Directory.GetDirectories(_output, "*.staging-*"));
    }

    [Fact]
    public async Task Group_size_and_vacancy_options_change_the_scenario_and_its_cost()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("vacancy-and-groups"));
        var parsed = ParsedArguments.Parse(
            ["x.json", "--group-size", "4", "--vacancy-rate", "0.2", "--vacancy-weeks", "9", "--coverage-share", "0.3"], StaffingOverrides.Options, []);
        var changed = StaffingOverrides.Apply(parsed, scenario, "pullout-individual");
        Assert.Equal([4, 3, 4], changed.Policies.Select(p => p.GroupSize));
        var plan = changed.Staffing.VacancyPlan;
        Assert.Equal((0.2, 9, 0.3), (plan.Rate, plan.Weeks, plan.CoverageShare));
        Assert.Equal(" --group-size 4 --vacancy-rate 0.2 --vacancy-weeks 9 --coverage-share 0.3", StaffingOverrides.Echo(parsed));

        // Levels with fewer therapists than the listed vacant position (therapist 2) drop it; cost counts vacant weeks.
        var options = new StaffingSearchOptions(new StaffingTarget(TargetMetric.Compliance, 0.9), "pullout-individual", 2, 2);
        var answer = await StaffingSearch.RunAsync(scenario, options, new PlainLoopEngine(), null, CancellationToken.None);
        var two = answer.Levels.Single(l => l.Therapists == 2);
        Assert.True(two.AnnualCost < 2 * scenario.Staffing.SalaryPerFte + 2 * 36 * 2600, "a vacant position's salary is not paid");
        Assert.NotEqual(2 * scenario.Staffing.SalaryPerFte, two.AnnualCost);
    }

    [Fact]
    public void The_referral_rate_switches_referrals_on_in_the_scenario_and_the_form()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("workshop-demo"));
        Assert.False(scenario.Churn.HasReferrals);
        var parsed = ParsedArguments.Parse(["x.json", "--referral-rate", "0.25"], StaffingOverrides.Options, []);
        var changed = StaffingOverrides.Apply(parsed, scenario, "blanket-30");
        Assert.Equal(0.25, changed.Churn.ReferralsPerSchoolPerWeek);
        Assert.Equal(scenario.Churn with { ReferralsPerSchoolPerWeek = 0.25 }, changed.Churn);
        Assert.Equal(" --referral-rate 0.25", StaffingOverrides.Echo(parsed));

        var form = new OtSim.Client.Web.StaffingForm
        {
            Name = "referrals", Seed = 1, Replications = 1, Therapists = 2, Fte = 1, SalaryPerFte = 78000, Schools = 2,
            ClassroomsPerSchool = 4, StudentsPerClassroom = 3, Mild = 0.4, Moderate = 0.4, Severe = 0.2, Collaboration = 0.5,
            Policy = "blanket", Direct = 30, SessionsPerWeek = 1, ReferralRate = 0.5,
        };
        var fromForm = ScenarioLoader.Parse(form.ToScenarioJson(), "form", ".");
        Assert.Equal(0.5, fromForm.Churn.ReferralsPerSchoolPerWeek);
        Assert.False(ScenarioLoader.Parse((form with { ReferralRate = null }).ToScenarioJson(), "form", ".").Churn.HasReferrals);
    }

    [Theory]
    [InlineData("--referral-rate", "6")]
    [InlineData("--group-size", "9")]
    [InlineData("--vacancy-rate", "0.7")]
    [InlineData("--coverage-share", "x")]
    public void Bad_group_or_vacancy_options_are_usage_errors(string option, string value)
    {
        var parsed = ParsedArguments.Parse(["x.json", option, value], StaffingOverrides.Options, []);
        var error = Assert.Throws<UsageException>(() => StaffingOverrides.Apply(parsed, ScenarioLoader.Load(Repository.Scenario("workshop-demo")), "blanket-30"));
        Assert.StartsWith(option + ": \"" + value + "\" is not allowed;", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--target", "compliance>0.9")]
    [InlineData("--policy", "nope")]
    [InlineData("--max-fte", "0.01")]
    [InlineData("--max-fte", "1e400")]
    public async Task Bad_options_exit_2_and_write_nothing(string option, string value)
    {
        string folder = Path.Combine(_output, "bad");
        var args = new List<string> { "staff", Repository.Scenario("workshop-demo"), "--engine", "plain", "--out", folder, option, value };
        if (option != "--target")
        {
            args.AddRange(["--target", "goals>=0.5"]);
        }
        Assert.Equal(2, await CommandDispatcher.RunAsync([.. args]));
        Assert.False(Directory.Exists(folder));
    }
}

/// <summary>The staffing search on the page's API.</summary>
[Collection("web")]
public sealed class StaffingApiTests(WebServerFixture server)
{
    private static object Search(object? maxFte = null, string metric = "compliance", object? target = null, object? replications = null) => new
    {
        form = ServerBehaviourTests.SmallForm("search"),
        metric,
        targetPercent = target ?? 99,
        maxFte = maxFte ?? 3,
        searchReplications = replications ?? 3,
    };

    [Fact]
    public async Task A_search_streams_its_levels_and_answers_with_files()
    {
        using var response = await server.Http.PostAsJsonAsync("/api/staffing-searches", Search());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        string id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        string events = await server.Http.GetStringAsync($"/api/runs/{id}/events");
        Assert.Equal(3, events.Split('\n').Count(l => l == "event: level"));
        var run = await server.WaitAsync(id);
        var staffing = run.GetProperty("staffing");
        Assert.Equal(3, staffing.GetProperty("levels").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(staffing.GetProperty("sentence").GetString()));
        var files = run.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToArray();
        Assert.Contains("curve.csv", files);
        Assert.Contains("recommendation.json", files);
        Assert.Contains("report.html", files);
        Assert.StartsWith("<?xml", (await server.Http.GetStringAsync($"/api/runs/{id}/staffing-curve.svg")).TrimStart());
    }

    [Theory]
    [InlineData("metric", "cost", "metric")]
    [InlineData("targetPercent", 0, "targetPercent")]
    [InlineData("maxFte", 500, "maxFte")]
    [InlineData("searchReplications", 1, "searchReplications")]
    [InlineData("searchReplications", 2.5, "searchReplications")]
    public async Task Bad_search_fields_are_422_naming_the_field(string field, object value, string expected)
    {
        var body = field switch
        {
            "metric" => Search(metric: (string)value),
            "targetPercent" => Search(target: value),
            "maxFte" => Search(maxFte: value),
            _ => Search(replications: value),
        };
        using var response = await server.Http.PostAsJsonAsync("/api/staffing-searches", body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_search_too_large_for_the_page_is_422()
    {
        using var response = await server.Http.PostAsJsonAsync("/api/staffing-searches", Search(maxFte: 200, replications: 100));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("student-years", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }
}
