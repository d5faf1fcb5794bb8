namespace OtSim.Client.Running;

/// <summary>
/// The results folder of a run. Results are written to a hidden staging folder beside it and moved into place only
/// when complete; an existing folder is replaced only with --overwrite, and only after the new results are complete.
/// </summary>
public sealed class OutputFolder
{
    private OutputFolder(string final, string staging)
    {
        FinalPath = final;
        StagingPath = staging;
    }

    /// <summary>Where results end up.</summary>
    public string FinalPath { get; }

    /// <summary>Where they are written first.</summary>
    public string StagingPath { get; }

    /// <summary>Checks the target and picks a staging path; fails if the target exists and overwriting was not asked for.</summary>
    public static OutputFolder Prepare(string path, bool overwrite)
    {
        string final = Path.GetFullPath(path);
        if (File.Exists(final))
        {
            throw new Cli.UsageException($"--out {path}: a file with that name exists; give a folder path.");
        }
        if (Directory.Exists(final) && Directory.EnumerateFileSystemEntries(final).Any() && !overwrite)
        {
            throw new Cli.UsageException($"{path} already exists and is not empty; add --overwrite to replace it, or choose another folder with --out.");
        }
        string parent = Path.GetDirectoryName(final) ?? ".";
        string staging = Path.Combine(parent, $".{Path.GetFileName(final)}.partial-{Environment.ProcessId}");
        return new OutputFolder(final, staging);
    }

    /// <summary>Moves the complete staging folder into place, replacing an old folder only now.</summary>
    public void Commit()
    {
        string? aside = null;
        if (Directory.Exists(FinalPath))
        {
            aside = FinalPath + $".old-{Environment.ProcessId}";
            Directory.Move(FinalPath, aside);
        }
        Directory.Move(StagingPath, FinalPath);
        if (aside is not null)
        {
            Directory.Delete(aside, recursive: true);
        }
    }
}
