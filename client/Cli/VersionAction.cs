using System.CommandLine;
using System.CommandLine.Invocation;

namespace OtSim.Client.Cli;

/// <summary><c>otsim --version</c>: the program's name and version, as recorded in every output.</summary>
public sealed class VersionAction : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        Console.WriteLine($"otsim {ProgramInfo.Version}");
        return 0;
    }
}
