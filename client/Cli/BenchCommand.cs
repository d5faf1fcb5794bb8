using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using OtSim.Client.Bench;
using OtSim.Client.Engine;
using OtSim.Model.District;
using OtSim.Model.Engine;

namespace OtSim.Client.Cli;

/// <summary>
/// <c>otsim bench</c>: runs the same generated scenario through the plain loop (all cores and one core) and through
/// grains on an embedded silo in this process, checks that every students.csv row is identical, and reports wall times.
/// </summary>
public static class BenchCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: dotnet run -c Release --project client -- bench [options]
          --sizes N,N,...   students per benchmark district (default 1000,10000,100000)
          --repeats N       timed runs per engine and size, after one warm-up (default 3)
          --engines LIST    engines to run, in this order, from plain (all cores), plain1 (one thread) and
                            orleans (default plain,plain1,orleans); rows are checked against the first
          --cluster --redis HOST:PORT
                            run the Orleans engine on a running cluster found through Redis
                            (scripts/cluster-up.sh) instead of an embedded silo
          --out FILE        also write the results as a markdown table to FILE
          --write-scenario FILE
                            write the district of the (single) --sizes value as a scenario file for
                            `otsim run` (e.g. to time it on a cluster) and exit without benchmarking
        Each district: 8 classrooms of 5 students per school, about 45 students per therapist,
        one policy (blanket-30), one replication, 36 weeks. Exit code 1 if the engines disagree.
        """;

    private static readonly string[] ValueOptions = ["sizes", "repeats", "out", "engines", "redis", "write-scenario"];
    private static readonly string[] FlagOptions = ["cluster"];

    /// <summary>The command, for <see cref="CommandCatalog"/>.</summary>
    public static OtsimCommand Create() =>
        LegacyCommand.Create("bench", "time the plain loop against the Orleans engine", Usage, ExecuteAsync, "Stopped; no table was written.");

    /// <summary>Runs the command; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positional.Count != 0)
        {
            throw new UsageException($"bench takes no positional arguments.\n{Usage}");
        }
        var sizes = ParseSizes(parsed.Value("sizes") ?? "1000,10000,100000");
        int repeats = (int)(parsed.Integer("repeats", 1, 100) ?? 3);
        string? outPath = parsed.Value("out");
        string[] engineNames = ParseEngines(parsed.Value("engines") ?? "plain,plain1,orleans");
        string? redis = parsed.Value("redis");
        if (parsed.Flag("cluster") != (redis is not null))
        {
            throw new UsageException($"bench: --cluster and --redis HOST:PORT go together.\n{Usage}");
        }
        var target = redis is null ? EngineTarget.Embedded : new EngineTarget(true, [], redis);
        string orleansLabel = redis is null ? "Orleans, embedded silo" : "Orleans, cluster";
        if (outPath is not null && Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } dir && !Directory.Exists(dir))
        {
            throw new UsageException($"--out: the folder of \"{outPath}\" does not exist.");
        }
        if (parsed.Value("write-scenario") is { } scenarioPath)
        {
            if (sizes.Length != 1)
            {
                throw new UsageException("--write-scenario takes exactly one size in --sizes.");
            }
            await File.WriteAllTextAsync(scenarioPath, Model.Scenarios.ScenarioWriter.ToJson(BenchScenario.Build(sizes[0])), cancellationToken);
            Console.Error.WriteLine($"Scenario written to {Path.GetFullPath(scenarioPath)}");
            return 0;
        }
#if DEBUG
        Console.Error.WriteLine("Warning: this is a Debug build; add -c Release for meaningful numbers.");
#endif
        string machine = string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} logical cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, " +
            $"server GC {GCSettings.IsServerGC}, concurrent GC {GCSettings.LatencyMode != GCLatencyMode.Batch}");
        Console.Error.WriteLine($"Benchmark: {machine}; {repeats} timed repeat(s) after one warm-up; load average {LoadAverage()}.");

        string loadAtStart = LoadAverage();
        var startup = Stopwatch.StartNew();
        await using var host = await EngineHost.StartAsync(target, cancellationToken);
        Console.Error.WriteLine($"{(redis is null ? "Embedded silo started" : $"Connected to the cluster through {redis}")} in {startup.Elapsed.TotalSeconds:F1} s (not counted).");

        var results = new List<SizeResult>();
        try
        {
            foreach (int size in sizes)
            {
                var engines = engineNames.Select(name => name switch
                {
                    "plain" => new BenchEngine($"plain loop, {Environment.ProcessorCount} cores", new PlainLoopEngine(parallel: true), IsReference: true),
                    "plain1" => new BenchEngine("plain loop, 1 thread", new PlainLoopEngine(parallel: false)),
                    _ => new BenchEngine(orleansLabel, host.Engine),
                }).ToArray();
                results.Add(await RunSizeAsync(size, repeats, engines, cancellationToken));
            }
        }
        catch (BenchMismatchException ex)
        {
            Console.Error.WriteLine($"error: RESULTS DIFFER. {ex.Message}");
            return 1;
        }

        string table = BenchTable.Format(results);
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        string footer = string.Create(CultureInfo.InvariantCulture,
            $"Machine: {machine}. Median of {repeats} timed run(s) after one warm-up; students.csv rows identical across engines " +
            $"({string.Join(", ", engineNames)}). Load average (1, 5, 15 min) at the start: {loadAtStart}; at the end: {LoadAverage()}. " +
            $"Process peak working set (Process.PeakWorkingSet64): {peak / (1024.0 * 1024.0):N0} MB.");
        Console.WriteLine(table);
        Console.WriteLine(footer);
        if (outPath is not null)
        {
            await File.WriteAllTextAsync(outPath, table + "\n" + footer + "\n", cancellationToken);
            Console.Error.WriteLine($"Table written to {Path.GetFullPath(outPath)}");
        }
        return 0;
    }

    private static async Task<SizeResult> RunSizeAsync(int size, int repeats, BenchEngine[] engines, CancellationToken cancellationToken)
    {
        var scenario = BenchScenario.Build(size);
        var layout = new DistrictLayout(scenario.District, scenario.Staffing);
        Console.Error.WriteLine($"{scenario.District.Students:N0} students, {layout.Classrooms:N0} classrooms, {layout.ActiveTherapists:N0} therapists (load average {LoadAverage()}):");
        static void Log(string line) => Console.Error.WriteLine(line);

        var timings = await BenchRunner.MeasureAsync(scenario, engines, repeats, Log, cancellationToken);
        var result = new SizeResult(scenario.District.Students, layout.Classrooms, layout.ActiveTherapists, scenario.Calendar.Weeks, timings);
        foreach (var timing in timings.Where(t => !t.IsReference && result.RatioToPlain(t) is not null))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  identical rows; {timing.Engine} / plain ({Environment.ProcessorCount} cores) = {result.RatioToPlain(timing):F2}"));
        }
        return result;
    }

    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg, or "n/a" where there is none.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    private static string[] ParseEngines(string text)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string name in names)
        {
            if (name is not ("plain" or "plain1" or "orleans"))
            {
                throw new UsageException($"--engines: \"{name}\" is not one of plain, plain1, orleans.");
            }
        }
        return names.Length > 0 && names.Distinct().Count() == names.Length
            ? names
            : throw new UsageException("--engines needs one or more of plain, plain1, orleans, each at most once.");
    }

    private static int[] ParseSizes(string text)
    {
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || n > 1_000_000)
            {
                throw new UsageException($"--sizes: \"{part}\" is not a number of students from 1 to 1,000,000.");
            }
            sizes.Add(n);
        }
        return sizes.Count > 0 ? [.. sizes] : throw new UsageException("--sizes needs at least one size.");
    }
}
