using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OtSim.Client.Web;

/// <summary>
/// The page's API. Every input is validated here (the page's own checks are a convenience): 400 malformed,
/// 413 too large, 422 a field is not allowed (named), 429 busy, 404 unknown run or file.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Maps the endpoints under <c>/api</c>.</summary>
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/info", Info);
        api.MapPost("/scenarios/validate", Validate);
        api.MapPost("/runs", StartRun);
        api.MapGet("/runs", (RunManager runs) => Results.Json(runs.List().Select(Summary), ApiJson.Options));
        api.MapGet("/runs/active", (RunManager runs) => runs.Active is { } active ? Results.Json(Summary(active), ApiJson.Options) : Results.NoContent());
        api.MapGet("/runs/{id}", (string id, RunManager runs) => Find(runs, id) is { } run ? Results.Json(Detail(run), ApiJson.Options) : NotFound(id));
        api.MapGet("/runs/{id}/events", RunEventStream.WriteAsync);
        api.MapGet("/runs/{id}/minutes-progress.svg", (string id, RunManager runs) =>
            Find(runs, id)?.ChartSvg is { } svg ? Results.Text(svg, "image/svg+xml") : NotFound(id));
        api.MapGet("/runs/{id}/files/{file}", Download);
    }

    /// <summary>The error response for a problem.</summary>
    public static IResult Problem(ApiProblem problem) => Results.Json(problem.Error, ApiJson.Options, statusCode: problem.Status);

    /// <summary>A run by id; ids are folder names, so anything with a path character is refused before any lookup.</summary>
    public static WebRun? Find(RunManager runs, string id) =>
        id.Length is 0 or > 120 || id.Contains('/') || id.Contains('\\') || id.StartsWith('.') ? null : runs.Find(id);

    private static IResult NotFound(string id) => Results.Json(new ApiError("run", $"There is no run \"{id}\" in this session."), ApiJson.Options, statusCode: 404);

    private static IResult Info(RunManager runs) => Results.Json(new
    {
        version = ProgramInfo.Version,
        engine = runs.EngineLabel,
        // The folder's name only: the page may be on a projected screen, and server paths are not the audience's business.
        outputFolder = Path.GetFileName(runs.OutputDirectory),
        presets = Presets.All.Select(p => new
        {
            id = p.Id,
            name = p.Scenario.Name,
            description = p.Scenario.Description,
            students = p.Scenario.District.Students,
            policies = p.Scenario.Policies.Select(x => x.Name),
            replications = p.Scenario.Replications,
            seed = p.Scenario.Seed,
        }),
        policyKinds = StaffingForm.PolicyKinds,
        limits = new
        {
            maxStudents = ScenarioRequests.MaxStudents,
            maxStudentYears = ScenarioRequests.MaxStudentYears,
            maxConcurrentRuns = RunManager.MaxConcurrentRuns,
            maxBodyBytes = WebServer.MaxBodyBytes,
        },
    }, ApiJson.Options);

    private static async Task<IResult> Validate(HttpRequest request)
    {
        try
        {
            var resolved = ScenarioRequests.Resolve(await ReadAsync(request));
            var s = resolved.Scenario;
            return Results.Json(new { ok = true, students = s.District.Students, policies = s.Policies.Count, replications = s.Replications }, ApiJson.Options);
        }
        catch (ApiProblem problem)
        {
            return Problem(problem);
        }
    }

    private static async Task<IResult> StartRun(HttpRequest request, RunManager runs)
    {
        try
        {
            var run = runs.Start(ScenarioRequests.Resolve(await ReadAsync(request)));
            return Results.Json(Summary(run), ApiJson.Options, statusCode: StatusCodes.Status202Accepted);
        }
        catch (ApiProblem problem)
        {
            return Problem(problem);
        }
    }

    private static IResult Download(string id, string file, RunManager runs)
    {
        if (Find(runs, id) is not { } run || !RunManager.DownloadableFiles.Contains(file))
        {
            return NotFound(id + "/" + file);
        }
        string path = Path.Combine(run.Folder, file);
        if (!File.Exists(path))
        {
            return Results.Json(new ApiError("file", file == ReportSeam.ReportFile
                ? "This run has no report.html (it was made with --no-analysis or before reports existed)."
                : $"This run has no {file}."), ApiJson.Options, statusCode: 404);
        }
        string type = Path.GetExtension(file) switch
        {
            ".csv" => "text/csv; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            _ => "text/html; charset=utf-8",
        };
        if (file == ReportSeam.ReportFile)
        {
            // Opened in the browser, not saved: the report is a page to read.
            return Results.File(path, type);
        }
        string downloadName = file == "scenario.resolved.json" ? $"{run.Id}-scenario.json" : $"{run.Id}-{file}";
        return Results.File(path, type, downloadName);
    }

    private static Task<RunRequest> ReadAsync(HttpRequest request) => ReadAsync<RunRequest>(request);

    /// <summary>Reads a JSON request body of type <typeparamref name="T"/>: 400 when malformed, 413 when too large.</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiProblem(400, new ApiError("body", "Send the request as JSON (Content-Type: application/json)."));
        }
        if (request.ContentLength > WebServer.MaxBodyBytes)
        {
            throw new ApiProblem(413, new ApiError("body", $"The request is larger than {WebServer.MaxBodyBytes / 1024} KB."));
        }
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, ApiJson.Requests)
                ?? throw new ApiProblem(400, new ApiError("body", "The request body is empty."));
        }
        catch (JsonException ex)
        {
            string where = ex.Path is { Length: > 2 } p ? $" at {p[2..]}" : "";
            throw new ApiProblem(400, new ApiError("body", $"The request is not valid JSON for this API{where}: numbers must be numbers and only known fields are allowed."));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new ApiProblem(413, new ApiError("body", $"The request is larger than {WebServer.MaxBodyBytes / 1024} KB."));
        }
    }

    private static object Summary(WebRun run) => new
    {
        run.Id,
        run.Name,
        run.Source,
        run.Status,
        run.Started,
        run.Scenario,
        run.Results,
        run.Reveal,
        run.Spread,
        run.Staffing,
        run.Error,
        files = run.Finished ? RunManager.FilesOf(run) : [],
    };

    private static object Detail(WebRun run) => Summary(run);
}
