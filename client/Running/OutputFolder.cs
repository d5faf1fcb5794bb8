namespace OtSim.Client.Running;

/// <summary>
/// The results folder of a run. While a run is unfinished the folder holds a work folder (<see cref="WorkFolder"/>)
/// with the finished cells; the final files are assembled inside it and moved into place (each file by a rename)
/// only when complete. A folder with finished results is replaced only with --overwrite.
/// </summary>
public sealed class OutputFolder
{
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
        if (Directory.Exists(final) && Directory.EnumerateFileSystemEntries(final).Any() && !Directory.Exists(folder.WorkPath) && !overwrite)
        {
            throw new Cli.UsageException($"{path} already exists and is not empty; add --overwrite to replace it, or choose another folder with --out.");
        }
        return folder;
    }

    /// <summary>Replaces the folder's old contents (except the work folder) with the entries of <paramref name="stagedPath"/>.</summary>
    public void Publish(string stagedPath)
    {
        var names = Directory.EnumerateFileSystemEntries(stagedPath).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (string old in Directory.EnumerateFileSystemEntries(FinalPath))
        {
            string name = Path.GetFileName(old);
            if (name == WorkFolder.FolderName || names.Contains(name))
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
