using System.Globalization;
using OtSim.Client.Cli;
using OtSim.Client.Engine;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Staffing;

/// <summary><c>otsim staff &lt;scenario&gt; --target ...</c>: the least staffing that meets a target, with its probability and cost.</summary>
public static class StaffCommand
{
    /// <summary>Usage text.</summary>
    public static readonly string Usage = $$"""
        usage: dotnet run --project client -- staff <scenario.json> --target compliance>=0.95|goals>=X [options]
          --target T           what the staffing must achieve: compliance>=0.95 (share of prescribed minutes
                               delivered) or goals>=0.5 (share of students meeting their goal); 95% also works
          --policy NAME        the policy to staff (default: the scenario's first)
          --max-fte N          largest total FTE to try (default: twice the scenario's, at least 1)
          --replications N     school years simulated per staffing level (default: the scenario's, at least 10)
          --confidence P       share of school years that must meet the target (default 0.8)
        {{StaffingOverrides.Usage}}
          --out DIR            folder for curve.csv, recommendation.json, report.html, charts/ (default results/<name>-staffing)
          --engine plain       run the pure model in a plain loop instead of on grains
          --cluster / --gateway PORTS   run on a running cluster, as for run
        Tries 1, 2, 3... therapists at the scenario's FTE each, and stops early once two levels in a row meet the
        target in every school year.
        """;

    private static readonly string[] ValueOptions =
        ["target", "policy", "max-fte", "replications", "confidence", "out", "engine", "gateway", .. StaffingOverrides.Options];
    private static readonly string[] FlagOptions = ["cluster"];

    /// <summary>Runs the command; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(string[] args, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positional.Count != 1)
        {
            throw new UsageException($"staff needs exactly one scenario file.\n{Usage}");
        }
        var scenario = ScenarioLoader.Load(parsed.Positional[0]);
        var options = Options(parsed, scenario);
        scenario = StaffingOverrides.Apply(parsed, scenario, options.Policy);
        string output = parsed.Value("out") ?? Path.Combine("results", scenario.Name + "-staffing");
        if (File.Exists(output) || (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any()))
        {
            throw new UsageException($"--out {output}: the folder exists and is not empty; choose another folder.");
        }
        string engineName = parsed.Value("engine") ?? "orleans";
        if (engineName is not ("orleans" or "plain"))
        {
            throw new UsageException($"--engine: \"{engineName}\" is not allowed; use orleans (default) or plain.");
        }
        var target = parsed.Flag("cluster") ? new EngineTarget(true, GatewayPortsOption.Parse(parsed.Value("gateway"))) : EngineTarget.Embedded;
        int levels = StaffingSearch.Levels(scenario, options.MaxFte).Count;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Staffing {scenario.Name} ({options.Policy}) for {options.Target.Describe()}: up to {levels} levels x {options.Replications} replications, {scenario.District.Students:N0} students"));

        void Progress(StaffingLevel l, int total) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {l.TotalFte,6:0.##} FTE ({l.Therapists} of up to {total}): mean {l.Mean * 100:0.0}%, met in {l.Meeting}/{l.Values.Count} school years"));
        StaffingAnswer answer;
        if (engineName == "plain")
        {
            answer = await StaffingSearch.RunAsync(scenario, options, new PlainLoopEngine(), Progress, cancellationToken);
        }
        else
        {
            await using var host = await EngineHost.StartAsync(target, cancellationToken);
            answer = await StaffingSearch.RunAsync(scenario, options, host.Engine, Progress, cancellationToken);
        }
        string command = string.Create(CultureInfo.InvariantCulture,
            $"dotnet run --project client -- staff {parsed.Positional[0]} --target {options.Target} --policy {options.Policy} --max-fte {options.MaxFte:0.##} --replications {options.Replications} --confidence {options.Confidence:0.##}{StaffingOverrides.Echo(parsed)}");
        StaffingOutput.Write(answer, output, command);
        Console.WriteLine(answer.Sentence());
        Console.WriteLine($"Staffing answer: {Path.GetFullPath(output)}");
        return 0;
    }

    /// <summary>The search options from the command line, checked against the scenario.</summary>
    public static StaffingSearchOptions Options(ParsedArguments parsed, Scenario scenario)
    {
        string text = parsed.Value("target") ?? throw new UsageException("staff needs --target, such as --target compliance>=0.95 or --target goals>=0.5.");
        var target = StaffingTarget.TryParse(text, out string error) ?? throw new UsageException($"--target: {error}");
        string policy = parsed.Value("policy") ?? scenario.Policies[0].Name;
        if (scenario.Policies.All(p => p.Name != policy))
        {
            throw new UsageException($"--policy: \"{policy}\" is not a policy of {scenario.Name}; choose one of: {string.Join(", ", scenario.Policies.Select(p => p.Name))}.");
        }
        double current = scenario.Staffing.Therapists * scenario.Staffing.Fte;
        double maxFte = parsed.Number("max-fte", scenario.Staffing.Fte, 1000) ?? Math.Max(1, Math.Ceiling(2 * current));
        if (maxFte < scenario.Staffing.Fte - 1e-9)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--max-fte: {maxFte} is less than one therapist at {scenario.Staffing.Fte} FTE."));
        }
        int replications = (int)(parsed.Integer("replications", 2, ScenarioLimits.MaxReplications) ?? Math.Max(10, scenario.Replications));
        double confidence = parsed.Number("confidence", 0.01, 1) ?? 0.8;
        return new StaffingSearchOptions(target, policy, maxFte, replications, confidence);
    }
}
