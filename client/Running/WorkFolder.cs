using System.Text;
using System.Text.Json;

namespace OtSim.Client.Running;

/// <summary>
/// The work folder inside a results folder while a run is unfinished: one part file per finished cell (written
/// under a temporary name, then renamed), a manifest of finished cells, and the run's identity (resolved scenario and
/// settings), so running again with the same scenario resumes and a different scenario is refused.
/// </summary>
public sealed class WorkFolder
{
    /// <summary>Name of the work folder inside the results folder.</summary>
    public const string FolderName = ".otsim-work";

    private const string IdentityFile = "run.json";
    private const string DiscardedPrefix = FolderName + ".discarded-";
    private const string ManifestFile = "manifest.tsv";
    private readonly string _partsPath;

    private WorkFolder(string path)
    {
        Path = path;
        _partsPath = System.IO.Path.Combine(path, "parts");
    }

    /// <summary>The work folder.</summary>
    public string Path { get; }

    /// <summary>Where the final files are assembled before they are moved into the results folder.</summary>
    public string StagedPath => System.IO.Path.Combine(Path, "final");

    /// <summary>
    /// Opens (or creates) the work folder of <paramref name="resultsPath"/> for the run <paramref name="identity"/>.
    /// With <paramref name="discard"/> an existing one is deleted first; otherwise one from another run is an error.
    /// </summary>
    public static WorkFolder Open(string resultsPath, string identity, bool discard)
    {
        var work = new WorkFolder(System.IO.Path.Combine(resultsPath, FolderName));
        string identityPath = System.IO.Path.Combine(work.Path, IdentityFile);
        SweepDiscarded(resultsPath);
        if (Directory.Exists(work.Path) && (discard || !File.Exists(identityPath)))
        {
            // Without its identity a work folder is what a killed cleanup left: its parts cannot be trusted.
            work.Delete();
        }
        if (File.Exists(identityPath))
        {
            string existing = File.ReadAllText(identityPath);
            if (existing != identity)
            {
                throw new Cli.UsageException(
                    $"{resultsPath} holds an unfinished run {IdentityDiff.Describe(existing, identity)}. " +
                    "Run that scenario again to finish it, choose another folder with --out, or add --overwrite to discard it.");
            }
        }
        Directory.CreateDirectory(work._partsPath);
        if (!File.Exists(identityPath))
        {
            WriteAtomically(identityPath, identity);
        }
        foreach (string stale in Directory.EnumerateFiles(work._partsPath, "*.tmp"))
        {
            File.Delete(stale);
        }
        return work;
    }

    /// <summary>Whether <paramref name="resultsPath"/> holds an unfinished run that can be resumed (a work folder with its identity).</summary>
    public static bool HoldsUnfinishedRun(string resultsPath) =>
        File.Exists(System.IO.Path.Combine(resultsPath, FolderName, IdentityFile));

    /// <summary>Whether an entry of a results folder is OtSim's bookkeeping (work folder, one being removed, lock files), not results.</summary>
    public static bool IsBookkeeping(string name) =>
        name == FolderName || name.StartsWith(DiscardedPrefix, StringComparison.Ordinal) || ResultsLock.IsLockFile(name);

    /// <summary>The identity of a run: its resolved scenario and the settings that change the part files.</summary>
    public static string Identity(string resolvedScenarioJson, bool weeks)
    {
        using var doc = JsonDocument.Parse(resolvedScenarioJson);
        var settings = new Dictionary<string, object> { ["weeks"] = weeks };
        return JsonSerializer.Serialize(new { settings, scenario = doc.RootElement }, new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>Finished cells and their summary totals, from the manifest. Lines whose part files are missing do not count.</summary>
    public Dictionary<string, CellTotals> ReadManifest(IEnumerable<string> kinds)
    {
        var done = new Dictionary<string, CellTotals>(StringComparer.Ordinal);
        string path = System.IO.Path.Combine(Path, ManifestFile);
        if (!File.Exists(path))
        {
            return done;
        }
        string text = File.ReadAllText(path);
        int end = text.LastIndexOf('\n') + 1;
        if (end < text.Length)
        {
            // A line cut short by a crash: drop it so the next append starts on a fresh line.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.SetLength(Encoding.UTF8.GetByteCount(text.AsSpan(0, end)));
        }
        foreach (string line in text[..end].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            if (f.Length == 6 && kinds.All(k => File.Exists(PartPath(f[0], k))) && CellTotals.TryParse(f.AsSpan(1), out var totals))
            {
                done[f[0]] = totals;
            }
        }
        return done;
    }

    /// <summary>The part file of one cell and output kind (students, therapists, weeks).</summary>
    public string PartPath(string key, string kind) => System.IO.Path.Combine(_partsPath, $"{key}.{kind}.csv");

    /// <summary>Writes one part file under a temporary name (what <paramref name="write"/> writes to it), then renames it.</summary>
    public void WritePart(string key, string kind, Action<Stream> write) => WriteAtomically(PartPath(key, kind), write);

    /// <summary>Records cells as finished (after their parts are in place), with one flush to disk for all of them.</summary>
    public void MarkDone(IEnumerable<(string Key, CellTotals Totals)> cells)
    {
        var lines = new StringBuilder();
        foreach (var (key, totals) in cells)
        {
            lines.Append(key).Append('\t').Append(totals.Format()).Append('\n');
        }
        using var stream = new FileStream(System.IO.Path.Combine(Path, ManifestFile), FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(Encoding.UTF8.GetBytes(lines.ToString()));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Deletes the work folder: renamed away first (one atomic step), then removed, so a kill during the removal
    /// leaves a folder that is recognisably garbage instead of a work folder with parts but no manifest.
    /// </summary>
    public void Delete()
    {
        string parent = System.IO.Path.GetDirectoryName(Path)!;
        string discarded = System.IO.Path.Combine(parent, $"{DiscardedPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.Move(Path, discarded);
        Directory.Delete(discarded, recursive: true);
    }

    private static void SweepDiscarded(string resultsPath)
    {
        if (!Directory.Exists(resultsPath))
        {
            return;
        }
        foreach (string old in Directory.EnumerateDirectories(resultsPath, DiscardedPrefix + "*"))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> through a temporary file.</summary>
    public static void WriteAtomically(string path, string text) =>
        WriteAtomically(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));

    /// <summary>Writes what <paramref name="write"/> writes to a temporary file, then renames that to <paramref name="path"/>.</summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
