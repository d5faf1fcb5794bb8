using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OtSim.Client.Staffing;

namespace OtSim.Client.Web;

/// <summary>
/// <c>POST /api/staffing-searches</c>: the staffing answer from the page. The search runs in the single run slot like
/// a run (429 when busy), streams a <c>level</c> event per staffing level and writes the same folder as <c>otsim staff</c>.
/// </summary>
public static class StaffingEndpoints
{
    /// <summary>Most simulated student-years of one search from the page (students x replications x levels).</summary>
    public const long MaxStudentYears = 400_000;

    /// <summary>Maps the endpoint.</summary>
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/staffing-searches", StartAsync);
        app.MapGet("/api/runs/{id}/staffing-curve.svg", (string id, RunManager runs) =>
            ApiEndpoints.Find(runs, id) is { Staffing: not null } run && File.Exists(Path.Combine(run.Folder, "charts", "curve.svg"))
                ? Results.File(Path.Combine(run.Folder, "charts", "curve.svg"), "image/svg+xml")
                : Results.Json(new ApiError("run", $"There is no staffing answer \"{id}\" in this session."), ApiJson.Options, statusCode: 404));
    }

    private static async Task<IResult> StartAsync(HttpRequest request, RunManager runs)
    {
        try
        {
            var body = await ApiEndpoints.ReadAsync<StaffingSearchRequest>(request);
            var resolved = ScenarioRequests.Resolve(new RunRequest(Form: body.Form ?? throw new ApiProblem(400, new ApiError("body", "Send the staffing form as \"form\"."))));
            var scenario = resolved.Scenario;
            var options = OptionsOf(body, scenario);
            long studentYears = scenario.District.Students * options.Replications * StaffingSearch.Levels(scenario, options.MaxFte).Count;
            if (studentYears > MaxStudentYears)
            {
                throw new ApiProblem(422, new ApiError("maxFte", string.Create(CultureInfo.InvariantCulture,
                    $"This search would simulate {studentYears:N0} student-years; the page runs at most {MaxStudentYears:N0}. Lower the largest FTE or the school years per level, or use otsim staff on the command line.")));
            }
            var run = runs.StartWork(scenario.Name + "-staffing", "staffing-search", ScenarioInputs.Of(scenario), r => SearchAsync(r, resolved, options, runs));
            return Results.Json(new { run.Id, run.Name, run.Source, run.Status }, ApiJson.Options, statusCode: StatusCodes.Status202Accepted);
        }
        catch (ApiProblem problem)
        {
            return ApiEndpoints.Problem(problem);
        }
    }

    private static StaffingSearchOptions OptionsOf(StaffingSearchRequest body, OtSim.Model.Scenarios.Scenario scenario)
    {
        var metric = body.Metric switch
        {
            "compliance" => TargetMetric.Compliance,
            "goals" => TargetMetric.GoalsMet,
            _ => throw new ApiProblem(422, new ApiError("metric", "Choose what the staffing must achieve: compliance (minutes delivered) or goals (students meeting their goal).")),
        };
        double target = Finite(body.TargetPercent, "targetPercent", 1, 100, "The target must be a percent from 1 to 100.");
        double maxFte = Finite(body.MaxFte, "maxFte", scenario.Staffing.Fte, 200,
            string.Create(CultureInfo.InvariantCulture, $"The largest FTE must be from {scenario.Staffing.Fte} (one therapist at the form's FTE) to 200."));
        double replications = Finite(body.SearchReplications, "searchReplications", 2, 100, "School years per level must be a whole number from 2 to 100.");
        if (replications != Math.Floor(replications))
        {
            throw new ApiProblem(422, new ApiError("searchReplications", "School years per level must be a whole number from 2 to 100."));
        }
        return new StaffingSearchOptions(new StaffingTarget(metric, target / 100), scenario.Policies[0].Name, maxFte, (int)replications);
    }

    private static double Finite(double? value, string field, double min, double max, string message) =>
        value is { } v && double.IsFinite(v) && v >= min && v <= max ? v : throw new ApiProblem(422, new ApiError(field, message));

    private static async Task SearchAsync(WebRun run, ResolvedScenario resolved, StaffingSearchOptions options, RunManager runs)
    {
        try
        {
            var scenario = resolved.Scenario;
            int total = StaffingSearch.Levels(scenario, options.MaxFte).Count;
            run.Publish("start", new { run.Id, run.Name, levelsTotal = total, target = options.Target.ToString(), targetText = options.Target.Describe(), policy = options.Policy });
            var answer = await StaffingSearch.RunAsync(scenario, options, runs.Engine,
                (level, count) => run.Publish("level", new { level.TotalFte, level.Therapists, level.Mean, level.Min, level.Max, level.Meeting, level.Share, levelsTotal = count }),
                runs.Stopping);
            string command = $"otsim serve: staffing search for {scenario.Name}, target {options.Target}, up to {options.MaxFte.ToString("0.##", CultureInfo.InvariantCulture)} FTE, {options.Replications} school years per level";
            StaffingOutput.Write(answer, run.Folder, command);
            File.WriteAllText(Path.Combine(run.Folder, "scenario.resolved.json"), resolved.Json);
            var summary = JsonSerializer.SerializeToElement(Summary(answer), ApiJson.Options);
            run.CompleteStaffing(summary, RunManager.FilesOf(run));
            SearchRecord.Write(run, summary);
        }
        catch (Exception ex)
        {
            run.Fail(ex is OperationCanceledException ? "Stopped: the server is shutting down; this search was not kept." : $"The staffing search failed: {runs.Scrub(ex.Message)}");
        }
    }

    private static object Summary(StaffingAnswer answer) => new
    {
        answer.Policy,
        target = answer.Target.ToString(),
        targetText = answer.Target.Describe(),
        answer.Confidence,
        answer.Replications,
        found = answer.Recommended is not null,
        recommended = answer.Recommended,
        levels = answer.Levels,
        answer.StoppedEarly,
        sentence = answer.Sentence(),
    };
}
