using OtSim.Client.Engine;
using OtSim.Client.Running;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Cli;

/// <summary><c>otsim run &lt;scenario&gt;</c>: simulate a scenario and write its dataset.</summary>
public static class RunCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: dotnet run --project client -- run <scenario.json> [options]
          --out DIR            results folder (default results/<scenario name>)
          --seed N             override the scenario's seed
          --replications N     override the number of replications
          --weeks / --no-weeks write weeks.csv always / never (default: when under 2,000,000 rows)
          --overwrite          replace an existing results folder (an unfinished run in it is resumed without it)
          --cluster            run on a running cluster (start one with: dotnet run --project silo)
          --gateway PORTS      gateway ports of the cluster's silos, comma-separated (default 30000)
          --redis HOST:PORT    with --cluster: find the silos through Redis (silos started with --redis)
          --format parquet     also write students.parquet (default: when students.csv has over 1,000,000 rows);
                               --format csv never writes it
          --engine plain       run the pure model in a plain loop instead of on grains (for comparison)
          --quiet              no progress bar
          --no-analysis        skip the analysis (report.html, analysis.json, charts/) at the end of the run
        """;

    private static readonly string[] ValueOptions = ["out", "seed", "replications", "gateway", "redis", "format", "engine"];
    private static readonly string[] FlagOptions = ["weeks", "no-weeks", "overwrite", "cluster", "quiet", "no-analysis"];

    /// <summary>Runs the command; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positional.Count != 1)
        {
            throw new UsageException("run needs exactly one scenario file.");
        }
        var scenario = ScenarioLoader.Load(parsed.Positional[0]);
        if (parsed.Integer("seed", 0, long.MaxValue) is { } seed)
        {
            scenario = scenario with { Seed = (ulong)seed };
        }
        if (parsed.Integer("replications", 1, ScenarioLimits.MaxReplications) is { } replications)
        {
            scenario = scenario with { Replications = (int)replications };
        }
        if (parsed.Flag("weeks") && parsed.Flag("no-weeks"))
        {
            throw new UsageException("--weeks and --no-weeks cannot both be given.");
        }
        bool? parquet = parsed.Value("format") switch
        {
            null => null,
            "parquet" => true,
            "csv" => false,
            var other => throw new UsageException($"--format: \"{other}\" is not allowed; use csv or parquet."),
        };
        var options = new RunOptions(
            parsed.Value("out") ?? Path.Combine("results", scenario.Name),
            parsed.Flag("weeks") ? true : parsed.Flag("no-weeks") ? false : null,
            parsed.Flag("overwrite"),
            !parsed.Flag("quiet"),
            parquet);
        // Fail on an occupied output folder before starting a silo.
        OutputFolder.Prepare(options.OutputDirectory, options.Overwrite);

        string engineName = parsed.Value("engine") ?? "orleans";
        if (engineName is not ("orleans" or "plain"))
        {
            throw new UsageException($"--engine: \"{engineName}\" is not allowed; use orleans (default) or plain.");
        }
        string? redis = parsed.Value("redis");
        if (redis is not null && (!parsed.Flag("cluster") || parsed.Value("gateway") is not null))
        {
            throw new UsageException("--redis goes with --cluster and instead of --gateway.");
        }
        var target = parsed.Flag("cluster") ? new EngineTarget(true, redis is null ? GatewayPortsOption.Parse(parsed.Value("gateway")) : [], redis) : EngineTarget.Embedded;
        Console.Error.WriteLine($"Running {scenario.Name}: {scenario.District.Students:N0} students, {scenario.Policies.Count} policies x {scenario.Replications} replications, seed {scenario.Seed}"
            + (engineName == "plain" ? ", plain loop" : target.Cluster ? ", on the cluster" : ", embedded silo"));

        // The analysis runs on the staging folder before it is moved into place, so the report is part of the atomic results.
        // Only what determines the data is recorded (not --out, --engine or --quiet), so reruns stay byte-identical.
        string command = $"dotnet run --project client -- run {parsed.Positional[0]} --seed {scenario.Seed} --replications {scenario.Replications}";
        string datasetName = scenario.Name;
        OtSim.Analysis.Pipeline.AnalysisFigures? figures = null;
        Func<string, CancellationToken, Task>? finish = parsed.Flag("no-analysis") ? null : (staging, _) =>
        {
            Console.Error.WriteLine("Analysing the results (report.html, analysis.json, charts/)...");
            var document = OtSim.Analysis.Pipeline.AnalysisPipeline.AnalyseOtSimFolder(staging, null, command, datasetName: datasetName);
            figures = OtSim.Analysis.Pipeline.AnalysisFigures.From(document);
            return Task.CompletedTask;
        };
        PolicySummary summary;
        if (engineName == "plain")
        {
            summary = await RunPipeline.ExecuteAsync(scenario, new PlainLoopEngine(), options, finish, cancellationToken);
        }
        else
        {
            await using var host = await EngineHost.StartAsync(target, cancellationToken);
            summary = await RunPipeline.ExecuteAsync(scenario, host.Engine, options, finish, cancellationToken);
        }
        // The summary shows the analysis' figures (the same as report.html) whenever there is an analysis.
        Console.WriteLine(figures is null ? summary.Format() : PolicySummary.Format(figures));
        Console.WriteLine($"Results: {Path.GetFullPath(options.OutputDirectory)}");
        return 0;
    }
}
