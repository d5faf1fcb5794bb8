using System.CommandLine;

namespace OtSim.Client.Cli;

/// <summary>
/// An <c>otsim</c> command: a System.CommandLine command that also carries its usage text (what <c>--help</c> and
/// <c>help &lt;command&gt;</c> print) and what to say when Ctrl+C or SIGTERM stops it.
/// </summary>
public class OtsimCommand : Command
{
    /// <summary>Creates the command.</summary>
    /// <param name="name">The command's name, such as <c>run</c>.</param>
    /// <param name="summary">One line for the command list.</param>
    /// <param name="usage">The full usage text.</param>
    /// <param name="stoppedMessage">Printed when the command is stopped by Ctrl+C or SIGTERM.</param>
    public OtsimCommand(string name, string summary, string usage, string stoppedMessage = "Stopped; nothing was left half-written.")
        : base(name, summary)
    {
        Usage = usage;
        StoppedMessage = stoppedMessage;
    }

    /// <summary>The full usage text.</summary>
    public string Usage { get; }

    /// <summary>Printed when the command is stopped by Ctrl+C or SIGTERM.</summary>
    public string StoppedMessage { get; }

    /// <summary>Creates a switch (an option that takes no value).</summary>
    public static Option<bool> Switch(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>Creates an option that takes one value, parsed by the command (so its messages name what is allowed).</summary>
    public static Option<string?> Value(string name, string helpName, string description) =>
        new(name) { Description = description, HelpName = helpName };
}
