using System.Globalization;
using OtSim.Analysis.Charts;
using OtSim.Analysis.Export;
using OtSim.Client.Cli;
using OtSim.Sensitivity;
using OtSim.Sensitivity.Files;

namespace OtSim.Client.Sensitivity;

/// <summary><c>otsim discover</c>: PRIM scenario discovery on any table — where in the input space does a condition hold?</summary>
public static class DiscoverCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: dotnet run --project client -- discover table.csv --outcome COL --inputs A,B,... (--above X | --below X) [--out DIR]
          --outcome COL      numeric column the condition is on
          --inputs A,B,...   numeric input columns PRIM may restrict
          --above X          cases of interest: COL > X      --below X   cases of interest: COL < X
          --out DIR          where to write discovery.json and tradeoff.svg (default: <file name>-discovery beside it)
        PRIM as in EMA Workbench: peeling and pasting with alpha 0.05, minimum mass 0.05, density threshold 0.8;
        each restriction gets a quasi-p-value (one-sided binomial test). Bad input: exit code 2.
        """;

    private static readonly string[] ValueOptions = ["outcome", "inputs", "above", "below", "out"];

    /// <summary>Runs the command; returns the exit code.</summary>
    public static Task<int> ExecuteAsync(string[] args, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, ValueOptions, []);
        string csv = parsed.SingleExistingFile("discover", "CSV file", Usage);
        string outcome = parsed.Value("outcome") ?? throw new UsageException("discover needs --outcome COL.");
        var inputs = (parsed.Value("inputs") ?? throw new UsageException("discover needs --inputs A,B,..."))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (inputs.Length == 0 || inputs.Distinct().Count() != inputs.Length || inputs.Contains(outcome))
        {
            throw new UsageException("--inputs must name distinct columns other than the outcome.");
        }
        var (above, below) = (parsed.Value("above"), parsed.Value("below"));
        if ((above is null) == (below is null))
        {
            throw new UsageException("discover needs exactly one of --above X or --below X.");
        }
        string thresholdText = above ?? below!;
        if (!double.TryParse(thresholdText, NumberStyles.Float, CultureInfo.InvariantCulture, out double threshold) || !double.IsFinite(threshold))
        {
            throw new UsageException($"--{(above is null ? "below" : "above")} \"{thresholdText}\" is not a number.");
        }
        string condition = $"{outcome} {(above is null ? "<" : ">")} {threshold.ToString("R", CultureInfo.InvariantCulture)}";
        string output = parsed.Value("out")
            ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(csv)) ?? ".", Path.GetFileNameWithoutExtension(csv) + "-discovery");
        try
        {
            var rows = NumericTable.Read(csv, inputs.Append(outcome).ToArray());
            cancellationToken.ThrowIfCancellationRequested();
            var x = rows.Select(r => r[..^1]).ToArray();
            var interest = rows.Select(r => above is null ? r[^1] < threshold : r[^1] > threshold).ToArray();
            var result = Prim.Run(x, interest, inputs);
            string json = ResultJson.Text(ResultJson.Discovery(outcome, condition, result));
            string svg = ChartExporter.ToSvg(PrimTradeoffChart.Create(result, $"Where {condition}: PRIM peeling trajectory", $"{result.Cases:N0} of {result.Rows:N0} rows meet the condition; ringed: the chosen box"));
            Directory.CreateDirectory(output);
            AtomicFile.WriteText(Path.Combine(output, "discovery.json"), json);
            AtomicFile.WriteText(Path.Combine(output, "tradeoff.svg"), svg);
            foreach (var (box, i) in result.Boxes.Select((b, i) => (b, i)))
            {
                string where = box.Restrictions.Count == 0 ? "everywhere" : string.Join(" and ", box.Restrictions.Select(r => $"{r.Min.ToString("G4", CultureInfo.InvariantCulture)} <= {r.Input} <= {r.Max.ToString("G4", CultureInfo.InvariantCulture)} (quasi-p {r.QuasiP.ToString("G2", CultureInfo.InvariantCulture)})"));
                Console.WriteLine($"box {i + 1}: {where}: density {box.Density:P0}, coverage {box.Coverage:P0}, mass {box.Mass:P0}{(box.MeetsThreshold ? "" : " (below the 0.8 density threshold)")}");
            }
            Console.WriteLine($"Wrote {Path.GetFullPath(Path.Combine(output, "discovery.json"))} and tradeoff.svg");
            return Task.FromResult(0);
        }
        catch (SensitivityException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return Task.FromResult(2);
        }
    }
}
