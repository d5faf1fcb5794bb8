using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Experiments;

/// <summary>One design point: the values of the factors (formatted for the output columns) and its validated scenario.</summary>
/// <param name="Index">1-based number of the point (the <c>design_point</c> column).</param>
/// <param name="Values">One CSV cell per factor, in <see cref="ExperimentSpec.Names"/> order.</param>
/// <param name="Scenario">The base scenario with the factors set, checked by the scenario loader.</param>
public sealed record DesignPoint(int Index, IReadOnlyList<string> Values, Scenario Scenario)
{
    /// <summary>
    /// The design point number the replication seeds derive from: <see cref="Index"/>, or 0 at every point of a
    /// Sobol' or Morris design (common random numbers, <see cref="ExperimentSpec.CommonRandomNumbers"/>).
    /// </summary>
    public int SeedPoint { get; init; } = Index;
}

/// <summary>
/// Expands an experiment into design points (factorial levels, first factor slowest, crossed with Latin hypercube
/// samples, sample fastest), and derives the seed of every (design point, replication).
/// </summary>
public static class ExperimentDesign
{
    /// <summary>Columns a factor may not take: the existing output columns and <c>design_point</c>.</summary>
    public static IReadOnlySet<string> ReservedColumns { get; } =
        new HashSet<string>(StudentsCsv.Columns.Concat(TherapistsCsv.Columns).Concat(WeeksCsv.Columns).Append("design_point"), StringComparer.Ordinal);

    /// <summary>The snake_case column of a factor name: <c>pulloutTransfer</c> gives <c>pullout_transfer</c>.</summary>
    public static string ColumnName(string name)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])) && sb.Length > 0 && sb[^1] != '_')
                {
                    sb.Append('_');
                }
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '_')
            {
                sb.Append('_');
            }
        }
        return sb.ToString().TrimEnd('_');
    }

    /// <summary>The output columns of the experiment's factors.</summary>
    public static IReadOnlyList<string> Columns(ExperimentSpec spec) => spec.Names.Select(ColumnName).ToArray();

    /// <summary>
    /// The seed of one (design point, replication): SplitMix64 over the master seed and both numbers, cut to 53 bits
    /// so it is exact in JSON and in R.
    /// </summary>
    public static ulong CellSeed(ulong masterSeed, int designPoint, int replication)
    {
        ulong x = Mix(masterSeed + 0x9E3779B97F4A7C15UL);
        x = Mix(x ^ ((ulong)(uint)designPoint * 0xBF58476D1CE4E5B9UL));
        x = Mix(x ^ ((ulong)(uint)replication * 0x94D049BB133111EBUL));
        return x & ((1UL << 53) - 1);
    }

    /// <summary>Every design point of <paramref name="scenario"/>'s experiment, each validated; <paramref name="file"/> names errors.</summary>
    public static IReadOnlyList<DesignPoint> Expand(Scenario scenario, string file)
    {
        var spec = scenario.Experiment ?? throw new ArgumentException("The scenario has no experiment.", nameof(scenario));
        var baseJson = JsonNode.Parse(ScenarioWriter.ToJson(scenario with { Experiment = null }))!;
        var combos = new List<(int Level, string Value, JsonNode Node)[]> { Array.Empty<(int, string, JsonNode)>() };
        foreach (var factor in spec.Factors)
        {
            combos = combos.SelectMany(c => factor.Levels.Select((raw, i) => c.Append((i, LevelCell(raw), JsonNode.Parse(raw)!)).ToArray())).ToList();
        }
        var ranges = spec.Ranges;
        var samples = UnitSamples(spec);
        string source = spec.Sobol is not null ? "sobol" : spec.Morris is not null ? "morris" : "latinHypercube";
        var points = new List<DesignPoint>(combos.Count * samples.Length);
        foreach (var combo in combos)
        {
            foreach (var sample in samples)
            {
                var json = baseJson.DeepClone();
                var values = new List<string>();
                var sources = new List<string>();
                for (int f = 0; f < combo.Length; f++)
                {
                    string fieldPath = $"experiment.factors[{f}].levels[{combo[f].Level}]";
                    ScenarioPaths.Set(json, spec.Factors[f].Path, combo[f].Node.DeepClone(), file, $"experiment.factors[{f}].path");
                    values.Add(combo[f].Value);
                    sources.Add(fieldPath);
                }
                for (int d = 0; d < ranges.Count; d++)
                {
                    var r = ranges[d];
                    string text = (r.Min + sample[d] * (r.Max - r.Min)).ToString("R", CultureInfo.InvariantCulture);
                    ScenarioPaths.Set(json, r.Path, JsonNode.Parse(text)!, file, $"experiment.{source}.ranges[{d}].path");
                    values.Add(text);
                    sources.Add($"experiment.{source}.ranges[{d}] = {text}");
                }
                int index = points.Count + 1;
                points.Add(new DesignPoint(index, values, Parse(json, file, index, sources) with { Experiment = null })
                {
                    SeedPoint = spec.CommonRandomNumbers ? 0 : index,
                });
            }
        }
        return points;
    }

    /// <summary>The sampled part of the design on the unit cube (one empty sample when there is none).</summary>
    public static double[][] UnitSamples(ExperimentSpec spec) => spec switch
    {
        { Sobol: { } s } => SaltelliDesign.Sample(s.Samples, s.Ranges.Count, s.SecondOrder, s.Seed),
        { Morris: { } m } => MorrisDesign.Sample(m.Trajectories, m.Ranges.Count, m.Levels, m.Seed),
        { LatinHypercube: { } lhs } => LatinHypercube.Sample(lhs.Samples, lhs.Ranges.Count, lhs.Seed),
        _ => [[]],
    };

    private static Scenario Parse(JsonNode json, string file, int index, List<string> sources)
    {
        try
        {
            return ScenarioLoader.Parse(json.ToJsonString(), file, ".");
        }
        catch (ScenarioException ex)
        {
            string detail = ex.Message.StartsWith(file + ": ", StringComparison.Ordinal) ? ex.Message[(file.Length + 2)..] : ex.Message;
            throw new ScenarioException(file, $"{detail.TrimEnd('.')} (in experiment design point {index}, set by {string.Join(", ", sources)}).");
        }
    }

    private static string LevelCell(string raw)
    {
        using var doc = JsonDocument.Parse(raw);
        return doc.RootElement.ValueKind == JsonValueKind.String ? Csv.Text(doc.RootElement.GetString()!) : raw;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
