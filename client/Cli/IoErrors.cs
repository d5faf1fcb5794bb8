namespace OtSim.Client.Cli;

/// <summary>Turns file-system errors into one line a user can act on.</summary>
public static class IoErrors
{
    // Linux errno values that .NET on Unix carries in IOException.HResult.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;

    // ERROR_DISK_FULL as an HRESULT: what .NET reports when preallocating a file fails for lack of space.
    private const int DiskFullHResult = unchecked((int)0x80070070);

    /// <summary>Whether <paramref name="ex"/> is a full disk (or quota).</summary>
    public static bool IsDiskFull(Exception ex) =>
        ex is IOException { HResult: NoSpace or 122 or DiskFullHResult }
        || ex.Message.Contains("No space left on device", StringComparison.Ordinal)
        || ex.Message.Contains("disk was full", StringComparison.Ordinal)
        || ex.Message.Contains("Disk quota exceeded", StringComparison.Ordinal);

    /// <summary>The reason, without a stack trace: the runtime's message, which names the path, and a hint.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        PathTooLongException => $"the path is too long: {ex.Message}",
        UnauthorizedAccessException => $"permission denied: {ex.Message}",
        IOException { HResult: ReadOnlyFileSystem } => $"read-only file system: {ex.Message}",
        _ when IsDiskFull(ex) => $"no space left on the disk: {ex.Message}",
        _ => ex.Message,
    };

    /// <summary>The one-line message for an I/O error that ended a command.</summary>
    public static string Message(Exception ex) => IsDiskFull(ex)
        ? $"the disk is full ({ex.Message}). Free space and run the same command again to resume; finished work is kept."
        : $"a file could not be read or written: {Reason(ex)}";
}
