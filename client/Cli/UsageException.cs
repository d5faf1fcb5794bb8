namespace OtSim.Client.Cli;

/// <summary>Bad command-line input: printed with the usage text, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
