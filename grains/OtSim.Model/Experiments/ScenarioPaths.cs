using System.Globalization;
using System.Text.Json.Nodes;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Experiments;

/// <summary>Paths into scenario JSON such as <c>policies[0].direct</c> or <c>district.collaboration.mean</c>.</summary>
internal static class ScenarioPaths
{
    private const string Examples = "a field of the resolved scenario such as policies[0].direct, district.collaboration.mean, staffing.therapists or parameters.pulloutTransfer";

    /// <summary>One step: a field name, or a list index.</summary>
    public readonly record struct Step(string? Name, int Index);

    public static IReadOnlyList<Step> Parse(string path, string file, string fieldPath)
    {
        var steps = new List<Step>();
        foreach (string part in path.Split('.'))
        {
            int bracket = part.IndexOf('[', StringComparison.Ordinal);
            string name = bracket < 0 ? part : part[..bracket];
            if (name.Length == 0)
            {
                throw new ScenarioException(file, fieldPath, $"\"{path}\"", $"it must name {Examples}");
            }
            steps.Add(new Step(name, -1));
            string rest = bracket < 0 ? "" : part[bracket..];
            while (rest.Length > 0)
            {
                int close = rest.IndexOf(']', StringComparison.Ordinal);
                if (!rest.StartsWith('[') || close < 0 || !int.TryParse(rest[1..close], NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                {
                    throw new ScenarioException(file, fieldPath, $"\"{path}\"", $"it must name {Examples}");
                }
                steps.Add(new Step(null, index));
                rest = rest[(close + 1)..];
            }
        }
        return steps;
    }

    /// <summary>Replaces the value at <paramref name="path"/>; the field must already exist (the resolved scenario has every field).</summary>
    public static void Set(JsonNode root, string path, JsonNode value, string file, string fieldPath)
    {
        var steps = Parse(path, file, fieldPath);
        JsonNode? node = root;
        for (int i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            bool last = i == steps.Count - 1;
            if (step.Name is { } name && node is JsonObject obj && obj.ContainsKey(name))
            {
                if (last)
                {
                    obj[name] = value;
                    return;
                }
                node = obj[name];
            }
            else if (step.Name is null && node is JsonArray array && step.Index < array.Count)
            {
                if (last)
                {
                    array[step.Index] = value;
                    return;
                }
                node = array[step.Index];
            }
            else
            {
                throw new ScenarioException(file, fieldPath, $"\"{path}\"", $"it must name {Examples}");
            }
        }
    }
}
