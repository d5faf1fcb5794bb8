using System.CommandLine;
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

    private const string NoScenario = """
        run needs a scenario file, for example:
          dotnet run --project client -- run scenarios/workshop-demo.json
        The shipped scenarios are in scenarios/ (described in docs/SCENARIOS.md); every option: dotnet run --project client -- help run
        """;

    private static readonly Argument<string[]> ScenarioFile = new("scenario.json") { Arity = ArgumentArity.ZeroOrMore };
    private static readonly Option<string?> Out = OtsimCommand.Value("--out", "DIR", "results folder");
    private static readonly Option<string?> Seed = OtsimCommand.Value("--seed", "N", "override the scenario's seed");
    private static readonly Option<string?> Replications = OtsimCommand.Value("--replications", "N", "override the number of replications");
    private static readonly Option<bool> Weeks = OtsimCommand.Switch("--weeks", "always write weeks.csv");
    private static readonly Option<bool> NoWeeks = OtsimCommand.Switch("--no-weeks", "never write weeks.csv");
    private static readonly Option<bool> Overwrite = OtsimCommand.Switch("--overwrite", "replace an existing results folder");
    private static readonly Option<bool> Cluster = OtsimCommand.Switch("--cluster", "run on a running cluster");
    private static readonly Option<string?> Gateway = OtsimCommand.Value("--gateway", "PORTS", "gateway ports of the cluster's silos");
    private static readonly Option<string?> Redis = OtsimCommand.Value("--redis", "HOST:PORT", "find the cluster's silos through Redis");
    private static readonly Option<string?> Format = OtsimCommand.Value("--format", "csv|parquet", "also write students.parquet, or never");
    private static readonly Option<string?> Engine = OtsimCommand.Value("--engine", "orleans|plain", "run on grains (default) or in a plain loop");
    private static readonly Option<bool> Quiet = OtsimCommand.Switch("--quiet", "no progress bar");
    private static readonly Option<bool> NoAnalysis = OtsimCommand.Switch("--no-analysis", "skip report.html, analysis.json and charts/");

    /// <summary>The command, for <see cref="CommandCatalog"/>.</summary>
    public static OtsimCommand Create()
    {
        var command = new OtsimCommand("run", "simulate a scenario and write its dataset (and report)", Usage,
            "Stopped. Finished cells are kept; run the same command again to resume.")
        {
            ScenarioFile, Out, Seed, Replications, Weeks, NoWeeks, Overwrite, Cluster, Gateway, Redis, Format, Engine, Quiet, NoAnalysis,
        };
        command.SetAction(ExecuteAsync);
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        // The embedded silo's start (1.5 s of CPU, mostly JIT, and more of waiting) runs while the scenario is loaded and
        // checked and the results folder prepared. If the command fails before using it, the start is cancelled and the
        // silo stopped, so a bad input is still reported at once.
        bool embedded = parsed.GetValue(Engine) is null or "orleans" && !parsed.GetValue(Cluster) && parsed.GetValue(Redis) is null;
        if (!embedded)
        {
            return await ExecuteAsync(parsed, null, cancellationToken);
        }
        using var starting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Task.Run: building the host is synchronous work that would otherwise run before loading the scenario.
        var early = Task.Run(() => EngineHost.StartAsync(EngineTarget.Embedded, starting.Token), CancellationToken.None);
        bool finished = false;
        try
        {
            int code = await ExecuteAsync(parsed, early, cancellationToken);
            finished = true;
            return code;
        }
        catch (Exception)
        {
            await starting.CancelAsync();
            throw;
        }
        finally
        {
            EngineHost? host = null;
            try
            {
                host = await early;
            }
            catch (Exception) when (!early.IsCompletedSuccessfully)
            {
                // Cancelled because the command failed, or failed to start (reported by the run that awaited it).
            }
            if (host is not null)
            {
                if (finished && CommandDispatcher.ProcessEndsAfterCommand)
                {
                    // The results are published and the process is about to exit.
                    host.LeaveForProcessExit();
                }
                await host.DisposeAsync();
                Running.PhaseTimer.Mark("engine host stopped");
            }
        }
    }

    private static async Task<int> ExecuteAsync(ParseResult parsed, Task<EngineHost>? earlyHost, CancellationToken cancellationToken)
    {
        string[] files = parsed.GetValue(ScenarioFile) ?? [];
        if (files.Length != 1)
        {
            throw new UsageException(files.Length == 0 ? NoScenario.TrimEnd() : $"run takes exactly one scenario file; got {string.Join(", ", files)}.");
        }
        string file = files[0];
        Running.PhaseTimer.Mark("run command start");
        var scenario = ScenarioLoader.Load(file);
        if (OptionValues.Integer("seed", parsed.GetValue(Seed), 0, (long)ScenarioLimits.MaxSeed) is { } seed)
        {
            scenario = scenario with { Seed = (ulong)seed };
        }
        if (OptionValues.Integer("replications", parsed.GetValue(Replications), 1, ScenarioLimits.MaxReplications) is { } replications)
        {
            scenario = scenario with { Replications = (int)replications };
        }
        // Overrides pass the file's rules too, before anything is created.
        ScenarioLoader.Validate(scenario, file);
        if (parsed.GetValue(Weeks) && parsed.GetValue(NoWeeks))
        {
            throw new UsageException("--weeks and --no-weeks cannot both be given.");
        }
        bool? parquet = parsed.GetValue(Format) switch
        {
            null => null,
            "parquet" => true,
            "csv" => false,
            var other => throw new UsageException($"--format: \"{other}\" is not allowed; use csv or parquet."),
        };
        var options = new RunOptions(
            parsed.GetValue(Out) ?? Path.Combine("results", scenario.Name),
            parsed.GetValue(Weeks) ? true : parsed.GetValue(NoWeeks) ? false : null,
            parsed.GetValue(Overwrite),
            !parsed.GetValue(Quiet),
            parquet);
        string engineName = parsed.GetValue(Engine) ?? "orleans";
        if (engineName is not ("orleans" or "plain"))
        {
            throw new UsageException($"--engine: \"{engineName}\" is not allowed; use orleans (default) or plain.");
        }
        string? redis = parsed.GetValue(Redis);
        bool cluster = parsed.GetValue(Cluster);
        if (redis is not null && (!cluster || parsed.GetValue(Gateway) is not null))
        {
            throw new UsageException("--redis goes with --cluster and instead of --gateway.");
        }
        var target = cluster ? new EngineTarget(true, redis is null ? GatewayPortsOption.Parse(parsed.GetValue(Gateway)) : [], redis) : EngineTarget.Embedded;

        // Fail on an occupied or unwritable output folder, or one another run holds, before using a silo (an embedded one
        // started early is then cancelled by the caller).
        OutputFolder.Prepare(options.OutputDirectory, options.Overwrite);
        using var hold = ResultsLock.Acquire(options.OutputDirectory);
        Console.Error.WriteLine($"Running {scenario.Name}: {Describe(scenario)}, seed {scenario.Seed}"
            + (engineName == "plain" ? ", plain loop" : target.Cluster ? ", on the cluster" : ", embedded silo"));

        // The analysis runs on the staging folder before it is moved into place, so the report is part of the atomic results.
        // Only what determines the data is recorded (not --out, --engine or --quiet), so reruns stay byte-identical.
        string command = $"dotnet run --project client -- run {file} --seed {scenario.Seed} --replications {scenario.Replications}";
        string datasetName = scenario.Name;
        OtSim.Analysis.Pipeline.AnalysisFigures? figures = null;
        Func<string, CancellationToken, Task>? finish = parsed.GetValue(NoAnalysis) ? null : (staging, token) =>
        {
            Console.Error.WriteLine("Analysing the results (report.html, analysis.json, charts/)...");
            var document = OtSim.Analysis.Pipeline.AnalysisPipeline.AnalyseOtSimFolder(staging, null, command, datasetName: datasetName, cancellationToken: token);
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
            Running.PhaseTimer.Mark("scenario loaded");
            if (earlyHost is not null)
            {
                // Started by the caller, which also stops it.
                var host = await earlyHost;
                Running.PhaseTimer.Mark("engine host started");
                summary = await RunPipeline.ExecuteAsync(scenario, host.Engine, options, finish, cancellationToken);
            }
            else
            {
                await using var host = await EngineHost.StartAsync(target, cancellationToken);
                Running.PhaseTimer.Mark("engine host started");
                summary = await RunPipeline.ExecuteAsync(scenario, host.Engine, options, finish, cancellationToken);
            }
        }
        // The summary shows the analysis' figures (the same as report.html) whenever there is an analysis.
        Console.WriteLine(figures is null ? summary.Format() : PolicySummary.Format(figures));
        Console.WriteLine($"Results: {Path.GetFullPath(options.OutputDirectory)}");
        return 0;
    }

    /// <summary>"72 students, 3 policies x 3 replications", with the design points of an experiment first.</summary>
    private static string Describe(Scenario scenario)
    {
        long points = DesignPoints(scenario);
        string cells = $"{scenario.Policies.Count} policies x {scenario.Replications} replications";
        return points == 1
            ? $"{scenario.District.Students:N0} students, {cells}"
            : $"{scenario.District.Students:N0} students, {points:N0} design points x {cells} = {points * scenario.Policies.Count * scenario.Replications:N0} cells";
    }

    private static long DesignPoints(Scenario scenario) => scenario.Experiment is not { } experiment
        ? 1
        : experiment.Sobol is not null || experiment.Morris is not null
        ? OtSim.Model.Experiments.ExperimentDesign.UnitSamples(experiment).Length
        : experiment.Factors.Aggregate(1L, (n, f) => n * f.Levels.Count) * (experiment.LatinHypercube?.Samples ?? 1);
}
