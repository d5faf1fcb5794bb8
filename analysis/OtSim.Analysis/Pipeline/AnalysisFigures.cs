using System.Text.Json;
using System.Text.Json.Serialization;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// The figures the web page and the command line show, read from the same analysis as report.html (analysis.json):
/// the answer, the policy comparison and staffing. Nothing here is computed again.
/// </summary>
/// <param name="Answer">The answer to the minutes question, or null for an analysis without one.</param>
/// <param name="Policies">Policy comparison, or null.</param>
/// <param name="Staffing">Staffing, or null.</param>
/// <param name="Rows">Student rows analysed.</param>
/// <param name="NaiveLine">Intercept and slope (per unit of the dose) of the naive pooled model, for a scatter's reference line.</param>
public sealed record AnalysisFigures(Answer? Answer, GroupComparisonResult? Policies, StaffingResult? Staffing, int Rows, (double Intercept, double Slope)? NaiveLine)
{
    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new FiniteDoubleConverter() },
    };

    /// <summary>The figures of a computed analysis.</summary>
    public static AnalysisFigures From(AnalysisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var naive = document.Models.FirstOrDefault(m => m.Name == ModelSuite.NaiveTotal);
        return new(document.Answer, document.Policies, document.Staffing, document.Provenance.Rows,
            naive is { Coefficients.Count: 2 } ? (naive.Coefficients[0].Estimate, naive.Coefficients[1].Estimate) : null);
    }

    /// <summary>Reads the figures from a folder's analysis.json; null when there is none or it cannot be read.</summary>
    public static AnalysisFigures? Read(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var path = Path.Combine(folder, "analysis.json");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            return new AnalysisFigures(
                Section<Answer>(root, "answer"),
                Section<GroupComparisonResult>(root, "policies"),
                Section<StaffingResult>(root, "staffing"),
                root.TryGetProperty("provenance", out var p) && p.TryGetProperty("rows", out var rows) ? rows.GetInt32() : 0,
                ReadNaiveLine(root));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The policy's summary, or null.</summary>
    public GroupSummary? Policy(string name) => Policies?.Groups.FirstOrDefault(g => g.Name == name);

    /// <summary>The policy's staffing, or null.</summary>
    public PolicyStaffing? StaffingOf(string name) => Staffing?.Policies.FirstOrDefault(p => p.Policy == name);

    private static (double, double)? ReadNaiveLine(JsonElement root)
    {
        if (!root.TryGetProperty("models", out var models) || models.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var model in models.EnumerateArray())
        {
            if (model.TryGetProperty("name", out var name) && name.GetString() == ModelSuite.NaiveTotal
                && model.GetProperty("coefficients") is { ValueKind: JsonValueKind.Array } c && c.GetArrayLength() == 2)
            {
                return (c[0].GetProperty("estimate").GetDouble(), c[1].GetProperty("estimate").GetDouble());
            }
        }

        return null;
    }

    private static T? Section<T>(JsonElement root, string name)
        where T : class =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value.Deserialize<T>(_json) : null;
}
