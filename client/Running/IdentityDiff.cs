using System.Text.Json;

namespace OtSim.Client.Running;

/// <summary>
/// Says how an unfinished run differs from the one asked for, field by field (seed, weeks.csv, a district field),
/// so a refusal to resume tells the user what to change instead of showing fingerprints.
/// </summary>
public static class IdentityDiff
{
    private const int MaxListed = 4;

    /// <summary>"of scenario "x" that differs from this one: seed (2026 there, 7 here), ..."; both texts are run identities.</summary>
    public static string Describe(string existing, string requested)
    {
        try
        {
            using var there = JsonDocument.Parse(existing);
            using var here = JsonDocument.Parse(requested);
            var differences = new List<string>();
            Compare(there.RootElement, here.RootElement, "", differences);
            string name = there.RootElement.TryGetProperty("scenario", out var s) && s.TryGetProperty("name", out var n) ? n.GetString() ?? "?" : "?";
            string listed = string.Join(", ", differences.Take(MaxListed));
            string more = differences.Count > MaxListed ? $" and {differences.Count - MaxListed} more" : "";
            return differences.Count == 0
                ? $"of scenario \"{name}\" written by another version of OtSim"
                : $"of scenario \"{name}\" that differs from this one in {listed}{more}";
        }
        catch (JsonException)
        {
            return "whose description (.otsim-work/run.json) cannot be read";
        }
    }

    private static void Compare(JsonElement there, JsonElement here, string path, List<string> differences)
    {
        if (there.ValueKind == JsonValueKind.Object && here.ValueKind == JsonValueKind.Object)
        {
            var names = there.EnumerateObject().Select(p => p.Name).Union(here.EnumerateObject().Select(p => p.Name), StringComparer.Ordinal);
            foreach (string name in names)
            {
                string child = path.Length == 0 ? name : $"{path}.{name}";
                bool inThere = there.TryGetProperty(name, out var a);
                bool inHere = here.TryGetProperty(name, out var b);
                if (inThere && inHere)
                {
                    Compare(a, b, child, differences);
                }
                else
                {
                    differences.Add($"{Label(child)} ({(inThere ? Show(a) : "absent")} there, {(inHere ? Show(b) : "absent")} here)");
                }
            }
            return;
        }
        if (there.ValueKind == JsonValueKind.Array && here.ValueKind == JsonValueKind.Array && there.GetArrayLength() == here.GetArrayLength())
        {
            int i = 0;
            foreach (var (a, b) in there.EnumerateArray().Zip(here.EnumerateArray()))
            {
                Compare(a, b, $"{path}[{i++}]", differences);
            }
            return;
        }
        if (there.GetRawText() != here.GetRawText())
        {
            differences.Add($"{Label(path)} ({Show(there)} there, {Show(here)} here)");
        }
    }

    private static string Label(string path) => path switch
    {
        "settings.weeks" => "weeks.csv",
        _ when path.StartsWith("scenario.", StringComparison.Ordinal) => path["scenario.".Length..],
        _ => path,
    };

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "on",
        JsonValueKind.False => "off",
        JsonValueKind.Array => $"a list of {value.GetArrayLength()}",
        JsonValueKind.Object => "an object",
        _ => value.GetRawText(),
    };
}
