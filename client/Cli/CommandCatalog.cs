using System.CommandLine;
using System.CommandLine.Help;

namespace OtSim.Client.Cli;

/// <summary>
/// Every <c>otsim</c> command, registered once. A new command is one line in <see cref="Commands"/>: a native one
/// returns an <see cref="OtsimCommand"/> with its options and action; one in the older style goes through
/// <see cref="LegacyCommand.Create(string, string, string, Func{string[], CancellationToken, Task{int}}, string)"/>.
/// </summary>
public static class CommandCatalog
{
    /// <summary>What <c>otsim</c>, <c>otsim help</c> and <c>otsim --help</c> print.</summary>
    public const string Overview = """
        OtSim: do more IEP minutes predict more progress in school-based OT?

        usage: dotnet run --project client -- <command> [options]
          run <scenario.json>     simulate a scenario and write its dataset (and report)
          analyze <folder|csv>    re-analyse a results folder, or analyse a tidy CSV (report, charts, analysis.json)
          serve                   the workshop page and staffing explorer at http://127.0.0.1:5080
          staff <scenario.json>   the least staffing (FTE) that meets a target, with its probability and cost
          bench [--sizes N,N]     time the plain loop against the Orleans engine on the same scenario
          design sobol|morris     a Sobol' or Morris design over named factors, as a CSV of design points
          sensitivity <design.csv> Sobol' or Morris indices of an outcome column added to a design
          discover <table.csv>    PRIM scenario discovery: where an outcome is above or below a threshold
          help [command]          this text, or a command's options (also: <command> --help)
          --version               the program's version
        Exit codes: 0 done, 1 failed, 2 bad input or usage (nothing written), 130 stopped by Ctrl+C or SIGTERM.
        """;

    /// <summary>The commands, in the order they are listed.</summary>
    private static IEnumerable<OtsimCommand> Commands() =>
    [
        RunCommand.Create(),
        AnalyzeCommand.Create(),
        LegacyCommand.Create("serve", "the workshop page and staffing explorer", Web.ServeCommand.Usage, Web.ServeCommand.ExecuteAsync),
        LegacyCommand.Create("staff", "the least staffing (FTE) that meets a target", Staffing.StaffCommand.Usage, Staffing.StaffCommand.ExecuteAsync),
        BenchCommand.Create(),
        LegacyCommand.Create("design", "a Sobol' or Morris design", Sensitivity.DesignCommand.Usage, Sensitivity.DesignCommand.ExecuteAsync),
        LegacyCommand.Create("sensitivity", "Sobol' or Morris indices", Sensitivity.SensitivityCommand.Usage, Sensitivity.SensitivityCommand.ExecuteAsync),
        LegacyCommand.Create("discover", "PRIM scenario discovery", Sensitivity.DiscoverCommand.Usage, Sensitivity.DiscoverCommand.ExecuteAsync),
    ];

    /// <summary>Builds the command tree.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand(Overview);
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Action = new UsageHelpAction(Overview);
            }
            else if (option is VersionOption version)
            {
                version.Action = new VersionAction();
            }
        }
        var commands = Commands().ToList();
        foreach (var command in commands)
        {
            root.Add(command);
        }
        root.Add(HelpCommand(commands));
        root.SetAction(_ =>
        {
            Console.WriteLine(Overview);
            return 0;
        });
        return root;
    }

    private static OtsimCommand HelpCommand(IReadOnlyList<OtsimCommand> commands)
    {
        var help = new OtsimCommand("help", "this text, or a command's options", Overview);
        var name = new Argument<string?>("command") { Arity = ArgumentArity.ZeroOrOne };
        help.Add(name);
        help.SetAction(parseResult =>
        {
            string? wanted = parseResult.GetValue(name);
            if (wanted is null)
            {
                Console.WriteLine(Overview);
                return 0;
            }
            var command = commands.FirstOrDefault(c => c.Name == wanted || c.Aliases.Contains(wanted))
                ?? throw new UsageException($"Unknown command \"{wanted}\".\n{Overview}");
            Console.WriteLine(command.Usage);
            return 0;
        });
        return help;
    }
}
