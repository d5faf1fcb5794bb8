using System.CommandLine;
using System.CommandLine.Parsing;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Cli;

/// <summary>
/// Parses the command line (System.CommandLine), runs the command, and turns known errors into one-line messages
/// and exit codes: 0 done, 1 failure, 2 bad input or usage, 130 stopped by Ctrl+C or SIGTERM.
/// </summary>
public static class CommandDispatcher
{
    /// <summary>Exit code of bad input or usage.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// Whether the process ends when the command returns (set by the program's entry point, not by code that runs
    /// commands in its own process, such as tests): only then may a command leave its embedded silo to the process exit.
    /// </summary>
    public static bool ProcessEndsAfterCommand { get; set; }

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var signals = new StopSignals();
        var root = CommandCatalog.Build();
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var command = parseResult.CommandResult.Command as OtsimCommand;
        try
        {
            bool helpOrVersion = parseResult.Action is UsageHelpAction or VersionAction;
            if (!helpOrVersion && (parseResult.Errors.Count > 0 || UnknownOption(parseResult, command) is not null))
            {
                throw new UsageException(ParseErrorMessage(parseResult, command));
            }
            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parseResult.InvokeAsync(invocation, signals.Token);
        }
        catch (UsageException ex)
        {
            return Fail(ex.Message);
        }
        catch (ScenarioException ex)
        {
            return Fail(ex.Message);
        }
        catch (OperationCanceledException) when (signals.IsStopping)
        {
            Console.Error.WriteLine(command?.StoppedMessage ?? "Stopped.");
            return StopSignals.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(IoErrors.Message(ex));
        }
    }

    /// <summary>
    /// A token like <c>--bogus</c> that a command's file arguments took as a file name. Commands in the older style
    /// check their own options.
    /// </summary>
    private static string? UnknownOption(ParseResult parseResult, OtsimCommand? command) =>
        command is null or LegacyCommand ? null : parseResult.Tokens
            .Where(t => t.Type == TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal) && t.Value.Length > 2)
            .Select(t => t.Value)
            .FirstOrDefault();

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return BadInput;
    }

    private static string ParseErrorMessage(ParseResult parseResult, OtsimCommand? command)
    {
        string help = command is null ? "dotnet run --project client -- help" : $"dotnet run --project client -- help {command.Name}";
        if ((UnknownOption(parseResult, command) ?? parseResult.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-'))) is { } unknown && command is not null)
        {
            var known = command.Options.Where(o => !o.Hidden && o.Name.StartsWith("--", StringComparison.Ordinal)).Select(o => o.Name);
            return $"Unknown option {unknown}. Options here: {string.Join(", ", known)}. See: {help}";
        }
        if (command is null && parseResult.UnmatchedTokens.FirstOrDefault() is { } word)
        {
            return $"Unknown command \"{word}\".\n{CommandCatalog.Overview}";
        }
        return $"{parseResult.Errors[0].Message} See: {help}";
    }
}
