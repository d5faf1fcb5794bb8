using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OtSim.Client.Web;

/// <summary>
/// Checks of the staffing form that come before the scenario rules: every number finite (JSON such as 1e400 reads
/// as infinity), the fields whose scenario defaults would otherwise be used silently present, and the name a safe,
/// short folder name (matched to the very end, so a trailing newline is refused).
/// </summary>
public static partial class FormChecks
{
    /// <summary>Fields the scenario file may leave out (with a default) but the form must fill in, so nothing is silently assumed.</summary>
    public static IReadOnlyList<string> RequiredFields { get; } = ["fte", "salaryPerFte", "seed", "replications"];

    /// <summary>Throws <see cref="ApiProblem"/> 422 naming the first field at fault.</summary>
    public static void Check(StaffingForm form)
    {
        foreach (var property in typeof(StaffingForm).GetProperties())
        {
            string field = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            object? value = property.GetValue(form);
            if (value is double number && !double.IsFinite(number))
            {
                throw new ApiProblem(422, new ApiError(field, "This number is too large (or not a number); enter an ordinary number within the range shown beside the field."));
            }
            if (value is null && RequiredFields.Contains(field))
            {
                throw new ApiProblem(422, new ApiError(field, "This field is required; it has no hidden default here."));
            }
        }
        if (form.Name is { } name)
        {
            if (name.Length > ScenarioRequests.MaxNameLength)
            {
                throw new ApiProblem(422, new ApiError("name", string.Create(CultureInfo.InvariantCulture,
                    $"A name of {name.Length} characters is not allowed; use at most {ScenarioRequests.MaxNameLength} (it becomes part of the run's folder name)."), "name"));
            }
            if (!NameRule().IsMatch(name))
            {
                throw new ApiProblem(422, new ApiError("name",
                    "This name is not allowed: it is used as a folder name, so use letters, digits, '-', '_' and '.' (not first) only, with no spaces or line breaks.", "name"));
            }
        }
    }

    [GeneratedRegex(@"\A[A-Za-z0-9_-][A-Za-z0-9._-]*\z")]
    private static partial Regex NameRule();
}
