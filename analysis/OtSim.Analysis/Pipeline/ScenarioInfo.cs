using System.Text.Json;

namespace OtSim.Analysis.Pipeline;

/// <summary>What the analysis needs from <c>scenario.resolved.json</c>: names, seed, staffing, costs, parameters.</summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Replications">Replications per policy.</param>
/// <param name="BaselinePolicy">The policy others are compared with.</param>
/// <param name="Policies">Policy names in scenario order (fixes each policy's colour).</param>
/// <param name="Therapists">Number of therapists.</param>
/// <param name="Fte">FTE of each therapist.</param>
/// <param name="SalaryPerFte">Yearly cost of one FTE; 0 when not given.</param>
/// <param name="Weeks">School weeks in the year.</param>
/// <param name="Parameters">Model parameters by name.</param>
/// <param name="ProgramVersion">OtSim version that wrote the dataset.</param>
public sealed record ScenarioInfo(
    string Name,
    long? Seed,
    int Replications,
    string? BaselinePolicy,
    IReadOnlyList<string> Policies,
    int Therapists,
    double Fte,
    double SalaryPerFte,
    int Weeks,
    IReadOnlyDictionary<string, double> Parameters,
    string ProgramVersion)
{
    /// <summary>Reads the resolved scenario file; unknown or missing fields fall back to neutral values.</summary>
    public static ScenarioInfo Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var staffing = Get(root, "staffing");
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        if (Get(root, "parameters") is { ValueKind: JsonValueKind.Object } p)
        {
            foreach (var property in p.EnumerateObject().Where(x => x.Value.ValueKind == JsonValueKind.Number))
            {
                parameters[property.Name] = property.Value.GetDouble();
            }
        }

        var policies = Get(root, "policies") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(x => Get(x, "name")?.GetString()).OfType<string>().ToList()
            : [];
        return new ScenarioInfo(
            Get(root, "name")?.GetString() ?? "scenario",
            Get(root, "seed") is { ValueKind: JsonValueKind.Number } seed && seed.TryGetInt64(out var s) ? s : null,
            Get(root, "replications")?.GetInt32() ?? 1,
            Get(root, "baselinePolicy")?.GetString(),
            policies,
            staffing is { } st ? Get(st, "therapists")?.GetInt32() ?? 0 : 0,
            staffing is { } st2 ? Get(st2, "fte")?.GetDouble() ?? 1 : 1,
            staffing is { } st3 ? Get(st3, "salaryPerFte")?.GetDouble() ?? 0 : 0,
            Get(root, "calendar") is { } cal ? Get(cal, "weeks")?.GetInt32() ?? 36 : 36,
            parameters,
            Get(root, "otsimVersion")?.GetString() ?? "unknown");
    }

    private static JsonElement? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;
}
