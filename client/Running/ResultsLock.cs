using System.Globalization;
using OtSim.Client.Cli;

namespace OtSim.Client.Running;

/// <summary>
/// An exclusive hold on a results folder for a whole run, publishing included, so two runs never write one folder.
/// The hold is an OS file lock on <c>.otsim-lock</c> (released by the kernel even when the process is killed); who
/// holds it is written beside it, in <c>.otsim-lock.owner</c>, because a locked file cannot be read by others.
/// Taking the hold is also the check that the folder can be written, so it is done before any silo starts.
/// </summary>
public sealed class ResultsLock : IDisposable
{
    /// <summary>The locked file inside the results folder.</summary>
    public const string LockName = ".otsim-lock";

    /// <summary>The file describing the run that holds the lock.</summary>
    public const string OwnerName = ".otsim-lock.owner";

    // Linux errno values carried in IOException.HResult by .NET on Unix.
    private const int WouldBlock = 11;

    private static readonly Dictionary<string, ResultsLock> Held = new(StringComparer.Ordinal);
    private readonly FileStream _stream;
    private readonly bool _createdFolder;
    private int _holds = 1;

    private ResultsLock(string folder, FileStream stream, bool createdFolder)
    {
        Folder = folder;
        _stream = stream;
        _createdFolder = createdFolder;
    }

    /// <summary>The results folder (full path).</summary>
    public string Folder { get; }

    /// <summary>
    /// Takes the hold on <paramref name="resultsPath"/>, creating the folder if needed. Taking it again in the same
    /// process (the command line, then the pipeline) shares the first hold.
    /// </summary>
    /// <exception cref="UsageException">Another run holds the folder, or the folder cannot be created or written.</exception>
    public static ResultsLock Acquire(string resultsPath)
    {
        string folder = Path.GetFullPath(resultsPath);
        lock (Held)
        {
            if (Held.TryGetValue(folder, out var held))
            {
                held._holds++;
                return held;
            }
            if (File.Exists(folder))
            {
                throw new UsageException($"--out {resultsPath}: a file with that name exists; give a folder path.");
            }
            if (FileOnThePath(folder) is { } file)
            {
                throw new UsageException($"--out {resultsPath}: {file} is a file, so no results folder can be made inside it; give a folder path.");
            }
            bool existed = Directory.Exists(folder);
            FileStream stream;
            try
            {
                Directory.CreateDirectory(folder);
                stream = new FileStream(Path.Combine(folder, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException ex) when (ex.HResult == WouldBlock || ex.Message.Contains("being used by another process", StringComparison.Ordinal))
            {
                throw new UsageException(
                    $"{resultsPath} is in use by another OtSim run ({ReadOwner(folder)}); wait for it to finish, or choose another folder with --out.");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                if (!existed)
                {
                    TryDeleteEmpty(folder);
                }
                throw new UsageException($"--out {resultsPath}: the results folder cannot be written there ({IoErrors.Reason(ex)}).");
            }
            var hold = new ResultsLock(folder, stream, !existed);
            try
            {
                string owner = string.Create(CultureInfo.InvariantCulture,
                    $"pid {Environment.ProcessId}, started {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC on {Environment.MachineName}");
                WorkFolder.WriteAtomically(Path.Combine(folder, OwnerName), owner + "\n");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                hold.Release();
                throw new UsageException($"--out {resultsPath}: the results folder cannot be written there ({IoErrors.Reason(ex)}).");
            }
            Held[folder] = hold;
            return hold;
        }
    }

    /// <summary>Whether <paramref name="name"/> is one of the lock's files (not results, not a user's file).</summary>
    public static bool IsLockFile(string name) => name is LockName or OwnerName || name == OwnerName + ".tmp";

    /// <summary>Gives up this hold; the last one removes the lock files (and the folder, if this run created it and left it empty).</summary>
    public void Dispose()
    {
        lock (Held)
        {
            if (--_holds > 0)
            {
                return;
            }
            Held.Remove(Folder);
            Release();
        }
    }

    private void Release()
    {
        // The owner file and the lock file go while the lock is still held, so no other run sees them half-removed.
        TryDelete(Path.Combine(Folder, OwnerName));
        TryDelete(Path.Combine(Folder, LockName));
        _stream.Dispose();
        if (_createdFolder)
        {
            TryDeleteEmpty(Folder);
        }
    }

    private static string? FileOnThePath(string folder)
    {
        for (string? dir = Path.GetDirectoryName(folder); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
            {
                return dir;
            }
            if (Directory.Exists(dir))
            {
                return null;
            }
        }
        return null;
    }

    private static string ReadOwner(string folder)
    {
        try
        {
            string text = File.ReadAllText(Path.Combine(folder, OwnerName)).Trim();
            return text.Length > 0 ? text : "its details are not written yet";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "its details are not written yet";
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A lock file left behind is harmless: the OS lock, not the file, is the hold.
        }
    }

    private static void TryDeleteEmpty(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only an empty folder this run created; leaving it is harmless.
        }
    }
}
