namespace OtSim.Client.Running;

/// <summary>
/// The results folder of a run. While a run is unfinished the folder holds a work folder (<see cref="WorkFolder"/>)
/// with the finished cells; the final files are assembled inside it and moved into place (each file by a rename)
/// only when complete. A folder with finished results is replaced only with --overwrite, and only files OtSim
/// writes are ever replaced or removed: anything else a user keeps in the folder is left alone.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>The names OtSim writes into a results folder; nothing else in it is ever deleted.</summary>
    public static readonly IReadOnlySet<string> OwnNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "students.csv", "therapists.csv", "weeks.csv", "evaluations.csv", "plan_changes.csv", "students.parquet", "scenario.resolved.json",
        "analysis.json", "report.html", "charts",
    };

    private OutputFolder(string final) => FinalPath = final;

    /// <summary>Where results end up.</summary>
    public string FinalPath { get; }

    /// <summary>The work folder inside <see cref="FinalPath"/>.</summary>
    public string WorkPath => Path.Combine(FinalPath, WorkFolder.FolderName);

    /// <summary>
    /// Checks the target: an unfinished run there may be resumed; finished results (or other files) need
    /// <paramref name="overwrite"/>.
    /// </summary>
    public static OutputFolder Prepare(string path, bool overwrite)
    {
        string final = Path.GetFullPath(path);
        if (File.Exists(final))
        {
            throw new Cli.UsageException($"--out {path}: a file with that name exists; give a folder path.");
        }
        var folder = new OutputFolder(final);
        // A work folder with its identity is an unfinished run to resume (a different scenario is refused when it is
        // opened); one without (a killed cleanup) is not, so finished results beside it still need --overwrite.
        if (!Directory.Exists(final)
            || !Directory.EnumerateFileSystemEntries(final).Any(e => !WorkFolder.IsBookkeeping(Path.GetFileName(e)))
            || WorkFolder.HoldsUnfinishedRun(final))
        {
            return folder;
        }
        if (!File.Exists(Path.Combine(final, "scenario.resolved.json")))
        {
            // Not an OtSim results folder: --overwrite must never touch a user's other files.
            throw new Cli.UsageException($"{path} already exists and does not hold OtSim results; choose another folder with --out (OtSim replaces only its own results folders).");
        }
        if (!overwrite)
        {
            throw new Cli.UsageException($"{path} already exists and is not empty; add --overwrite to replace it, or choose another folder with --out.");
        }
        return folder;
    }

    /// <summary>
    /// Replaces OtSim's own files from an earlier run (<see cref="OwnNames"/>) with the entries of
    /// <paramref name="stagedPath"/>; other files in the folder are kept.
    /// </summary>
    public void Publish(string stagedPath)
    {
        var names = Directory.EnumerateFileSystemEntries(stagedPath).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (string old in Directory.EnumerateFileSystemEntries(FinalPath))
        {
            string name = Path.GetFileName(old);
            if (!OwnNames.Contains(name) || names.Contains(name))
            {
                continue;
            }
            if (Directory.Exists(old))
            {
                Directory.Delete(old, recursive: true);
            }
            else
            {
                File.Delete(old);
            }
        }
        foreach (string entry in Directory.EnumerateFileSystemEntries(stagedPath).Order(StringComparer.Ordinal))
        {
            string target = Path.Combine(FinalPath, Path.GetFileName(entry));
            if (Directory.Exists(entry))
            {
                if (Directory.Exists(target))
                {
                    Directory.Delete(target, recursive: true);
                }
                Directory.Move(entry, target);
            }
            else
            {
                File.Move(entry, target, overwrite: true);
            }
        }
    }
}
