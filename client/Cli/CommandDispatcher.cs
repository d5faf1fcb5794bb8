using OtSim.Model.Scenarios;

namespace OtSim.Client.Cli;

/// <summary>Picks the command, turns known errors into messages and exit codes (2 bad input, 1 failure, 130 cancelled).</summary>
public static class CommandDispatcher
{
    private const string Usage = """
        OtSim: do more IEP minutes predict more progress in school-based OT?

        usage: dotnet run --project client -- <command> [options]
          run <scenario.json>     simulate a scenario and write its dataset (and report)
          analyze <folder|csv>    re-analyse a results folder, or analyse a tidy CSV (report, charts, analysis.json)
          serve                   the workshop page and staffing explorer at http://127.0.0.1:5080
          bench [--sizes N,N]     time the plain loop against the Orleans engine on the same scenario
          design | sensitivity | discover   Sobol'/Morris designs, their indices, and PRIM scenario discovery on any table
          help [command]          this text, or a command's options
        """;

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            Console.Error.WriteLine("\nStopping: no file will be left half-written...");
            cancel.Cancel();
        };
        string command = args.Length > 0 ? args[0] : "help";
        var rest = args.Skip(1).ToArray();
        try
        {
            switch (command)
            {
                case "run":
                    return await RunCommand.ExecuteAsync(rest, cancel.Token);
                case "analyze" or "analyse":
                    return AnalyzeCommand.Execute(rest);
                case "bench":
                    return await BenchCommand.ExecuteAsync(rest, cancel.Token);
                case "serve":
                    return await Web.ServeCommand.ExecuteAsync(rest, cancel.Token);
                case "design" or "sensitivity" or "discover":
                    return await Sensitivity.SensitivityCommands.ExecuteAsync(command, rest, cancel.Token);
                case "help" or "--help" or "-h":
                    Console.WriteLine(rest.FirstOrDefault() switch
                    {
                        null => Usage,
                        "run" => RunCommand.Usage,
                        "analyze" or "analyse" => AnalyzeCommand.Usage,
                        "serve" => Web.ServeCommand.Usage,
                        "bench" => BenchCommand.Usage,
                        "design" or "sensitivity" or "discover" => Sensitivity.SensitivityCommands.Usage(rest[0]),
                        var other => throw new UsageException($"Unknown command \"{other}\".\n{Usage}"),
                    });
                    return 0;
                default:
                    throw new UsageException($"Unknown command \"{command}\".\n{Usage}");
            }
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (ScenarioException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Console.Error.WriteLine("Stopped. Finished cells are kept; run the same command again to resume.");
            return 130;
        }
    }
}
