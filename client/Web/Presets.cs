using OtSim.Model.Scenarios;

namespace OtSim.Client.Web;

/// <summary>One shipped scenario offered as a workshop preset.</summary>
/// <param name="Id">File name without extension, such as <c>workshop-demo</c>.</param>
/// <param name="Json">The scenario file's text, exactly as shipped in scenarios/.</param>
/// <param name="Scenario">The parsed scenario.</param>
public sealed record Preset(string Id, string Json, Scenario Scenario);

/// <summary>The shipped scenarios embedded in the program (workshop-demo, blanket-vs-collaborative, staffing-shortage, responsive-vs-blanket).</summary>
public static class Presets
{
    private static readonly Lazy<IReadOnlyList<Preset>> _all = new(Load);

    /// <summary>The presets, workshop-demo first.</summary>
    public static IReadOnlyList<Preset> All => _all.Value;

    /// <summary>The preset with <paramref name="id"/>, or null.</summary>
    public static Preset? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    private static IReadOnlyList<Preset> Load()
    {
        var assembly = typeof(Presets).Assembly;
        string[] order = ["workshop-demo", "blanket-vs-collaborative", "staffing-shortage", "responsive-vs-blanket"];
        var presets = new List<Preset>();
        foreach (string id in order)
        {
            using var stream = assembly.GetManifestResourceStream($"presets/{id}.json")
                ?? throw new InvalidOperationException($"The preset {id} is not embedded in the program.");
            using var reader = new StreamReader(stream);
            string json = reader.ReadToEnd();
            presets.Add(new Preset(id, json, ScenarioLoader.Parse(json, $"scenarios/{id}.json", ".")));
        }
        return presets;
    }
}
