using System.Globalization;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Web;

/// <summary>A scenario ready to run: the parsed scenario and the JSON it came from.</summary>
/// <param name="Scenario">Validated scenario.</param>
/// <param name="Json">The scenario file (downloadable; a preset's is the shipped file).</param>
/// <param name="Source">"preset" or "staffing".</param>
public sealed record ResolvedScenario(Scenario Scenario, string Json, string Source);

/// <summary>
/// Turns a request into a validated scenario. Forms become scenario JSON and go through
/// <see cref="ScenarioLoader.Parse"/>, the same rules as scenario files; errors come back naming the form field.
/// </summary>
public static class ScenarioRequests
{
    /// <summary>Most students in the district of one run from the page.</summary>
    public const int MaxStudents = 20_000;

    /// <summary>Most simulated student-years (students x policies x replications) of one run from the page.</summary>
    public const long MaxStudentYears = 100_000;

    /// <summary>Validates; throws <see cref="ApiProblem"/> (400 or 422) when the request cannot run.</summary>
    public static ResolvedScenario Resolve(RunRequest request)
    {
        if ((request.Preset is null) == (request.Form is null))
        {
            throw new ApiProblem(400, new ApiError("body", "Send either a preset or a staffing form, not both or neither."));
        }
        var resolved = request.Preset is { } id ? FromPreset(id, request.Seed) : FromForm(request.Form!);
        CheckSize(resolved.Scenario, request.Form is not null);
        return resolved;
    }

    private static ResolvedScenario FromPreset(string id, double? seed)
    {
        var preset = Presets.Find(id)
            ?? throw new ApiProblem(422, new ApiError("preset", $"\"{id}\" is not a preset; choose one of: {string.Join(", ", Presets.All.Select(p => p.Id))}."));
        var scenario = preset.Scenario;
        if (seed is { } s)
        {
            if (s < 0 || s != Math.Floor(s) || s > 9_007_199_254_740_991)
            {
                throw new ApiProblem(422, new ApiError("seed", $"{s.ToString(CultureInfo.InvariantCulture)} is not allowed; the seed must be a whole number from 0 to 9007199254740991.", "seed"));
            }
            scenario = scenario with { Seed = (ulong)s };
        }
        return new ResolvedScenario(scenario, preset.Json, "preset");
    }

    /// <summary>Longest scenario name the page accepts (it becomes part of a folder name and of URLs).</summary>
    public const int MaxNameLength = 60;

    private static ResolvedScenario FromForm(StaffingForm form)
    {
        FormChecks.Check(form);
        if (form.Policy is not null && !StaffingForm.PolicyKinds.Contains(form.Policy))
        {
            throw new ApiProblem(422, new ApiError("policy", $"\"{form.Policy}\" is not allowed; choose one of: {string.Join(", ", StaffingForm.PolicyKinds)}.", "policies[0].kind"));
        }
        string json = form.ToScenarioJson();
        try
        {
            var scenario = ScenarioLoader.Parse(json, "form", ".");
            return new ResolvedScenario(scenario, json, "staffing");
        }
        catch (ScenarioException ex)
        {
            string field = FormFields.FieldOf(ex.FieldPath);
            throw new ApiProblem(422, new ApiError(field, MessageOf(ex), ex.FieldPath));
        }
    }

    private static void CheckSize(Scenario scenario, bool fromForm)
    {
        long students = scenario.District.Students;
        if (students > MaxStudents)
        {
            throw new ApiProblem(422, new ApiError(fromForm ? "schools" : "preset",
                $"{students:N0} students in all is not allowed here; the page runs at most {MaxStudents:N0} (schools x classrooms per school x students per classroom). Use the command line for larger districts.",
                "district.schools"));
        }
        long studentYears = students * scenario.Policies.Count * scenario.Replications;
        if (studentYears > MaxStudentYears)
        {
            throw new ApiProblem(422, new ApiError(fromForm ? "replications" : "preset",
                $"{studentYears:N0} simulated student-years is not allowed here; the page runs at most {MaxStudentYears:N0} (students x policies x replications). Use fewer replications.",
                "replications"));
        }
    }

    // "form: staffing.therapists: 0 is not allowed; ..." -> "0 is not allowed; ...": the page shows it beside the field.
    private static string MessageOf(ScenarioException ex)
    {
        string prefix = ex.FieldPath.Length > 0 ? $"{ex.File}: {ex.FieldPath}: " : $"{ex.File}: ";
        string message = ex.Message.StartsWith(prefix, StringComparison.Ordinal) ? ex.Message[prefix.Length..] : ex.Message;
        return message.Length > 0 ? char.ToUpperInvariant(message[0]) + message[1..] : message;
    }
}
