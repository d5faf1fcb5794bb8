using System.Globalization;
using OtSim.Analysis.Export;
using OtSim.Client.Cli;
using OtSim.Sensitivity.Files;

namespace OtSim.Client.Sensitivity;

/// <summary><c>otsim design</c>: writes a Sobol' (Saltelli) or Morris design over named factor ranges, for any model.</summary>
public static class DesignCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: dotnet run --project client -- design sobol|morris --factor NAME=MIN:MAX [--factor ...] --samples N --out design.csv
          --factor NAME=MIN:MAX   a factor and its range (repeat for each; columns keep this order)
          --samples N             sobol: base samples N, a power of two (rows: N(k+2), or N(2k+2) with --second-order)
                                  morris: trajectories r (rows: r(k+1))
          --seed S                seed of the scramble or the trajectories (default 1); same seed, same design
          --second-order          sobol: add the rows for second-order indices
          --levels P              morris: grid levels, even (default 4); step Δ = P/(2(P-1))
          --out FILE              the design CSV; its description goes to FILE with extension .design.json
        Columns: design_point (0, 1, ...), then one per factor. Add your outcome column, keep the rows in order,
        and run: dotnet run --project client -- sensitivity FILE --outcome COL
        """;

    private static readonly string[] ValueOptions = ["samples", "seed", "levels", "out"];
    private static readonly string[] FlagOptions = ["second-order"];

    /// <summary>Runs the command; returns the exit code.</summary>
    public static Task<int> ExecuteAsync(string[] args, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var factorTexts = new List<string>();
        var rest = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--factor")
            {
                factorTexts.Add(i + 1 < args.Length ? args[++i] : throw new UsageException("--factor needs NAME=MIN:MAX."));
            }
            else if (args[i].StartsWith("--factor=", StringComparison.Ordinal))
            {
                factorTexts.Add(args[i]["--factor=".Length..]);
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        var parsed = ParsedArguments.Parse(rest, ValueOptions, FlagOptions);
        if (parsed.Positional.Count != 1 || parsed.Positional[0] is not (DesignSpec.Sobol or DesignSpec.Morris))
        {
            throw new UsageException($"design needs the method: sobol or morris.\n{Usage}");
        }
        string method = parsed.Positional[0];
        if (factorTexts.Count == 0)
        {
            throw new UsageException("design needs at least one --factor NAME=MIN:MAX.");
        }
        var factors = factorTexts.Select(ParseFactor).ToList();
        var duplicate = factors.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1 || g.Key == DesignCsv.PointColumn);
        if (duplicate is not null)
        {
            throw new UsageException($"--factor {duplicate.Key}: factor names must be distinct and not {DesignCsv.PointColumn}.");
        }
        int samples = (int)(parsed.Integer("samples", 1, 1 << 24) ?? throw new UsageException("design needs --samples N."));
        ulong seed = (ulong)(parsed.Integer("seed", 0, 9_007_199_254_740_991) ?? 1);
        int levels = (int)(parsed.Integer("levels", 2, 1000) ?? 4);
        bool second = parsed.Flag("second-order");
        if (method == DesignSpec.Morris && second)
        {
            throw new UsageException("--second-order is for sobol designs.");
        }
        if (method == DesignSpec.Sobol && parsed.Value("levels") is not null)
        {
            throw new UsageException("--levels is for morris designs.");
        }
        string output = parsed.Value("out") ?? throw new UsageException("design needs --out FILE.csv.");
        var spec = new DesignSpec(method, factors, samples, seed, second, method == DesignSpec.Morris ? levels : 0);
        if (spec.Problem() is { } problem)
        {
            throw new UsageException($"--samples/--levels: {problem}.");
        }
        string csv = DesignCsv.Format(spec);
        AtomicFile.WriteText(DesignSpec.SidecarPath(output), spec.ToJson());
        AtomicFile.WriteText(output, csv);
        int rows = csv.Count(c => c == '\n') - 1;
        Console.WriteLine($"{method} design: {rows:N0} rows over {factors.Count} factors -> {Path.GetFullPath(output)} (description: {DesignSpec.SidecarPath(output)})");
        return Task.FromResult(0);
    }

    private static DesignFactor ParseFactor(string text)
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        string name = eq > 0 ? text[..eq].Trim() : "";
        var range = eq > 0 ? text[(eq + 1)..].Split(':') : [];
        if (name.Length == 0 || range.Length != 2
            || !double.TryParse(range[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double min)
            || !double.TryParse(range[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double max)
            || !double.IsFinite(min) || !double.IsFinite(max) || !(max > min))
        {
            throw new UsageException($"--factor \"{text}\" is not allowed; write NAME=MIN:MAX with numbers MIN < MAX, such as pulloutTransfer=0.2:0.8.");
        }
        if (name.Contains(',', StringComparison.Ordinal) || name.Contains('"', StringComparison.Ordinal))
        {
            throw new UsageException($"--factor \"{text}\": a factor name cannot contain a comma or a quote.");
        }
        return new DesignFactor(name, min, max);
    }
}
