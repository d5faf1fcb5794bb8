namespace OtSim.Client.Cli;

/// <summary>
/// Plugs a command written in the older style (a static class with <c>Usage</c> and
/// <c>ExecuteAsync(string[] args, CancellationToken)</c>, parsing its own arguments with <see cref="ParsedArguments"/>)
/// into the System.CommandLine tree: everything after the command's name is handed over unchanged, <c>--help</c>
/// prints its usage text, and its exceptions get the usual messages and exit codes. One line in
/// <see cref="CommandCatalog"/> registers it, e.g.
/// <c>LegacyCommand.Create("design", "lay out an experiment's design points", DesignCommand.Usage, DesignCommand.ExecuteAsync)</c>.
/// </summary>
public sealed class LegacyCommand : OtsimCommand
{
    private LegacyCommand(string name, string summary, string usage, string stoppedMessage)
        : base(name, summary, usage, stoppedMessage)
    {
        TreatUnmatchedTokensAsErrors = false;
    }

    /// <summary>Registers an asynchronous legacy command.</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="summary">One line for the command list.</param>
    /// <param name="usage">The command's usage text.</param>
    /// <param name="execute">Its <c>ExecuteAsync(args, cancellationToken)</c>; the arguments after the command's name.</param>
    /// <param name="stoppedMessage">Printed when Ctrl+C or SIGTERM stops it.</param>
    public static LegacyCommand Create(
        string name, string summary, string usage, Func<string[], CancellationToken, Task<int>> execute,
        string stoppedMessage = "Stopped; nothing was left half-written.")
    {
        ArgumentNullException.ThrowIfNull(execute);
        var command = new LegacyCommand(name, summary, usage, stoppedMessage);
        command.SetAction((parseResult, cancellationToken) => execute([.. parseResult.UnmatchedTokens], cancellationToken));
        return command;
    }

    /// <summary>Registers a synchronous legacy command (<c>Execute(args)</c>).</summary>
    public static LegacyCommand Create(string name, string summary, string usage, Func<string[], int> execute) =>
        Create(name, summary, usage, (args, _) => Task.FromResult(execute(args)));
}
