using System.CommandLine;
using System.CommandLine.Invocation;

namespace OtSim.Client.Cli;

/// <summary><c>--help</c> on any command: prints that command's usage text (the overview for <c>otsim</c> itself).</summary>
public sealed class UsageHelpAction(string overview) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        Console.WriteLine(parseResult.CommandResult.Command is OtsimCommand command ? command.Usage : overview);
        return 0;
    }
}
