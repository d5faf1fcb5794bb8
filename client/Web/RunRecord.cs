using System.Text.Json;

namespace OtSim.Client.Web;

/// <summary>
/// What the page shows of a finished run, kept beside its results as <c>page.json</c>, so that after <c>serve</c>
/// restarts on the same folder a past run still has its figures, chart and Open button.
/// </summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Source">"preset" or "staffing".</param>
/// <param name="Started">When the run started (UTC).</param>
/// <param name="Scenario">The scenario's inputs as listed by the page.</param>
/// <param name="Results">End-of-year figures per policy.</param>
/// <param name="Reveal">The minutes/progress answer.</param>
/// <param name="ChartSvg">The reveal chart.</param>
/// <param name="Spread">Figures' ranges across replications.</param>
public sealed record RunRecord(
    string Name, string Source, DateTimeOffset Started, JsonElement Scenario, IReadOnlyList<PolicyResult> Results,
    RevealResult Reveal, string ChartSvg, IReadOnlyList<PolicySpread> Spread)
{
    /// <summary>File name in the run's folder.</summary>
    public const string FileName = "page.json";

    /// <summary>Writes the record (to a temporary file first, so a reader never sees half of it).</summary>
    public static void Write(WebRun run)
    {
        if (run.Results is null || run.Reveal is null || run.ChartSvg is null)
        {
            return;
        }
        var record = new RunRecord(run.Name, run.Source, run.Started, JsonSerializer.SerializeToElement(run.Scenario, ApiJson.Options),
            run.Results, run.Reveal, run.ChartSvg, run.Spread ?? []);
        string path = Path.Combine(run.Folder, FileName);
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(record, ApiJson.Options));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The record of a results folder, or null when it has none (made on the command line) or it cannot be read.</summary>
    public static RunRecord? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<RunRecord>(File.ReadAllText(path), ApiJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }
}
