using System.Text.Json;
using System.Text.Json.Serialization;
using OtSim.Model.Experiments;

namespace OtSim.Sensitivity.Files;

/// <summary>One factor of a design: its name and the range its unit-cube coordinate is stretched to.</summary>
/// <param name="Name">Column name in the design CSV.</param>
/// <param name="Min">Value at 0.</param>
/// <param name="Max">Value at 1.</param>
public sealed record DesignFactor(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("min")] double Min,
    [property: JsonPropertyName("max")] double Max);

/// <summary>
/// Everything needed to regenerate a design exactly: written next to the design CSV by <c>design</c> and read by
/// <c>sensitivity</c>, which regenerates the design and checks every row against it (so dropped, duplicated or
/// reordered rows are caught and named).
/// </summary>
/// <param name="Method"><c>sobol</c> (Saltelli's scheme) or <c>morris</c>.</param>
/// <param name="Factors">Factors in column order.</param>
/// <param name="Samples">Base samples N (Sobol') or trajectories r (Morris).</param>
/// <param name="Seed">Seed of the scramble (Sobol') or of the trajectories (Morris).</param>
/// <param name="SecondOrder">Sobol' only: whether the BA rows for second-order indices are included.</param>
/// <param name="Levels">Morris only: grid levels p.</param>
public sealed record DesignSpec(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("factors")] IReadOnlyList<DesignFactor> Factors,
    [property: JsonPropertyName("samples")] int Samples,
    [property: JsonPropertyName("seed")] ulong Seed,
    [property: JsonPropertyName("second_order")] bool SecondOrder,
    [property: JsonPropertyName("levels")] int Levels)
{
    /// <summary>The method name of Saltelli/Sobol' designs.</summary>
    public const string Sobol = "sobol";

    /// <summary>The method name of Morris designs.</summary>
    public const string Morris = "morris";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>Factor names in column order.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Names => Factors.Select(f => f.Name).ToArray();

    /// <summary>Why this spec cannot make a design, or null.</summary>
    public string? Problem() => Method switch
    {
        Sobol => SaltelliDesign.Problem(Samples, Factors.Count),
        Morris => MorrisDesign.Problem(Samples, Factors.Count, Levels),
        _ => $"the method must be \"{Sobol}\" or \"{Morris}\", not \"{Method}\"",
    };

    /// <summary>The design on the unit cube, in row order.</summary>
    public double[][] UnitRows() => Method == Sobol
        ? SaltelliDesign.Sample(Samples, Factors.Count, SecondOrder, Seed)
        : MorrisDesign.Sample(Samples, Factors.Count, Levels, Seed);

    /// <summary>The design in factor units: min + u·(max − min).</summary>
    public double[][] Rows() => UnitRows().Select(u => u.Select((v, j) => Factors[j].Min + (v * (Factors[j].Max - Factors[j].Min))).ToArray()).ToArray();

    /// <summary>The sidecar JSON text.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    /// <summary>Parses sidecar JSON; null when it is not a design description.</summary>
    public static DesignSpec? FromJson(string json)
    {
        try
        {
            var spec = JsonSerializer.Deserialize<DesignSpec>(json);
            return spec is { Factors.Count: > 0 } && spec.Factors.All(f => !string.IsNullOrWhiteSpace(f.Name) && f.Max > f.Min) ? spec : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Where the sidecar of <paramref name="csvPath"/> lives: <c>design.csv</c> → <c>design.design.json</c>.</summary>
    public static string SidecarPath(string csvPath) => Path.ChangeExtension(csvPath, ".design.json");
}
