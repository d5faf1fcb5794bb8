using System.Globalization;
using OtSim.Analysis.Charts;
using OtSim.Analysis.Export;
using OtSim.Client.Cli;
using OtSim.Sensitivity;
using OtSim.Sensitivity.Files;

namespace OtSim.Client.Sensitivity;

/// <summary><c>otsim sensitivity</c>: Sobol' indices or Morris measures of one outcome column added to a design CSV.</summary>
public static class SensitivityCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: dotnet run --project client -- sensitivity design.csv --outcome COL [--out DIR]
          design.csv      a design written by the design command, with an outcome column added (other extra
                          columns are ignored); its description design.design.json must be beside it
          --outcome COL   the numeric outcome to analyse
          --out DIR       where to write sensitivity.json and sensitivity.svg (default: <file name>-sensitivity beside it)
        Sobol' designs give S1 (Saltelli 2010), ST (Jansen 1999) and, when sampled, S2, with 95% bootstrap intervals
        over the base samples; Morris designs give mu, mu*, sigma and a bootstrap interval for mu*.
        Dropped, duplicated or reordered rows, edited factor values, or a missing or non-numeric outcome: exit code 2.
        """;

    private static readonly string[] ValueOptions = ["outcome", "out"];

    /// <summary>Runs the command; returns the exit code.</summary>
    public static Task<int> ExecuteAsync(string[] args, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, ValueOptions, []);
        string csv = parsed.SingleExistingFile("sensitivity", "design CSV", Usage);
        string outcome = parsed.Value("outcome") ?? throw new UsageException("sensitivity needs --outcome COL.");
        string output = parsed.Value("out")
            ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(csv)) ?? ".", Path.GetFileNameWithoutExtension(csv) + "-sensitivity");
        try
        {
            var table = DesignTable.Read(csv, outcome);
            cancellationToken.ThrowIfCancellationRequested();
            var spec = table.Spec;
            string json;
            string svg;
            if (spec.Method == DesignSpec.Sobol)
            {
                var result = SobolAnalysis.Analyze(table.Outcome, spec.Names, spec.SecondOrder, spec.Seed);
                json = ResultJson.Text(ResultJson.Sobol(outcome, result));
                svg = ChartExporter.ToSvg(SobolIndexChart.Create(result, $"What drives {outcome}: Sobol' indices", $"N = {result.Samples} base samples, {table.Outcome.Length:N0} rows; whiskers: 95% bootstrap intervals"));
                Console.WriteLine($"{"parameter",-24} {"S1",8} {"95% CI",20} {"ST",8} {"95% CI",20}");
                foreach (var p in result.Parameters)
                {
                    Console.WriteLine($"{p.Name,-24} {F(p.S1),8} {$"[{F(p.S1CiLow)}, {F(p.S1CiHigh)}]",20} {F(p.ST),8} {$"[{F(p.STCiLow)}, {F(p.STCiHigh)}]",20}");
                }
            }
            else
            {
                var result = MorrisAnalysis.Analyze(table.UnitRows, table.Outcome, spec.Names, spec.Seed);
                json = ResultJson.Text(ResultJson.Morris(outcome, result));
                svg = ChartExporter.ToSvg(MorrisChart.Create(result, outcome, $"What drives {outcome}: Morris screening", $"r = {result.Trajectories} trajectories; whiskers: 95% bootstrap intervals for μ*"));
                Console.WriteLine($"{"parameter",-24} {"mu",10} {"mu*",10} {"95% CI",22} {"sigma",10}");
                foreach (var p in result.Parameters)
                {
                    Console.WriteLine($"{p.Name,-24} {F(p.Mu),10} {F(p.MuStar),10} {$"[{F(p.MuStarCiLow)}, {F(p.MuStarCiHigh)}]",22} {F(p.Sigma),10}");
                }
            }
            Directory.CreateDirectory(output);
            AtomicFile.WriteText(Path.Combine(output, "sensitivity.json"), json);
            AtomicFile.WriteText(Path.Combine(output, "sensitivity.svg"), svg);
            Console.WriteLine($"Wrote {Path.GetFullPath(Path.Combine(output, "sensitivity.json"))} and sensitivity.svg");
            return Task.FromResult(0);
        }
        catch (SensitivityException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return Task.FromResult(2);
        }
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
