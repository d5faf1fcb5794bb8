using System.Text.Json;

namespace OtSim.Client.Web;

/// <summary>
/// What the page shows of a finished staffing search, kept in its folder as <c>search.json</c>, so that it is still
/// listed with its answer after <c>serve</c> restarts on the same folder.
/// </summary>
/// <param name="Name">The search's name.</param>
/// <param name="Started">When it started (UTC).</param>
/// <param name="Scenario">The scenario's inputs as listed by the page.</param>
/// <param name="Staffing">The answer as the page shows it.</param>
public sealed record SearchRecord(string Name, DateTimeOffset Started, JsonElement Scenario, JsonElement Staffing)
{
    /// <summary>File name in the search's folder.</summary>
    public const string FileName = "search.json";

    /// <summary>Writes the record (to a temporary file first).</summary>
    public static void Write(WebRun run, JsonElement staffing)
    {
        var record = new SearchRecord(run.Name, run.Started, JsonSerializer.SerializeToElement(run.Scenario, ApiJson.Options), staffing);
        string path = Path.Combine(run.Folder, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(record, ApiJson.Options));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>The record of a folder, or null when it has none or it cannot be read.</summary>
    public static SearchRecord? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<SearchRecord>(File.ReadAllText(path), ApiJson.Options) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }
}
