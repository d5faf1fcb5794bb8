using System.Text.Json;
using System.Text.Json.Nodes;

namespace OtSim.Sensitivity.Files;

/// <summary>The JSON shapes of <c>sensitivity.json</c> and <c>discovery.json</c> (documented in docs/ANALYSIS.md).</summary>
public static class ResultJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// <c>{ "method": "sobol", "outcome", "samples", "parameters": [ { "name", "s1", "s1_ci_low", "s1_ci_high", "st",
    /// "st_ci_low", "st_ci_high" } ], "second_order"?: [ { "a", "b", "s2", "ci_low", "ci_high" } ] }</c>.
    /// </summary>
    public static JsonObject Sobol(string outcome, SobolResult result)
    {
        var json = new JsonObject
        {
            ["method"] = "sobol",
            ["outcome"] = outcome,
            ["samples"] = result.Samples,
            ["parameters"] = new JsonArray(result.Parameters.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name,
                ["s1"] = p.S1,
                ["s1_ci_low"] = p.S1CiLow,
                ["s1_ci_high"] = p.S1CiHigh,
                ["st"] = p.ST,
                ["st_ci_low"] = p.STCiLow,
                ["st_ci_high"] = p.STCiHigh,
            }).ToArray()),
        };
        if (result.SecondOrder is { } pairs)
        {
            json["second_order"] = new JsonArray(pairs.Select(p => (JsonNode)new JsonObject
            {
                ["a"] = p.A,
                ["b"] = p.B,
                ["s2"] = p.S2,
                ["ci_low"] = p.CiLow,
                ["ci_high"] = p.CiHigh,
            }).ToArray());
        }
        return json;
    }

    /// <summary>
    /// <c>{ "method": "morris", "outcome", "trajectories", "parameters": [ { "name", "mu", "mu_star", "mu_star_ci_low",
    /// "mu_star_ci_high", "sigma" } ] }</c>.
    /// </summary>
    public static JsonObject Morris(string outcome, MorrisResult result) => new()
    {
        ["method"] = "morris",
        ["outcome"] = outcome,
        ["trajectories"] = result.Trajectories,
        ["parameters"] = new JsonArray(result.Parameters.Select(p => (JsonNode)new JsonObject
        {
            ["name"] = p.Name,
            ["mu"] = p.Mu,
            ["mu_star"] = p.MuStar,
            ["mu_star_ci_low"] = p.MuStarCiLow,
            ["mu_star_ci_high"] = p.MuStarCiHigh,
            ["sigma"] = p.Sigma,
        }).ToArray()),
    };

    /// <summary>
    /// <c>{ "outcome", "condition", "rows", "boxes": [ { "coverage", "density", "mass", "restrictions": [ { "input",
    /// "min", "max", "quasi_p" } ] } ], "trajectory": [ { "coverage", "density", "mass", "restricted" } ] }</c>, plus
    /// <c>cases</c>, <c>chosen_step</c> and each box's <c>meets_threshold</c>.
    /// </summary>
    public static JsonObject Discovery(string outcome, string condition, PrimResult result) => new()
    {
        ["outcome"] = outcome,
        ["condition"] = condition,
        ["rows"] = result.Rows,
        ["cases"] = result.Cases,
        ["boxes"] = new JsonArray(result.Boxes.Select(b => (JsonNode)new JsonObject
        {
            ["coverage"] = b.Coverage,
            ["density"] = b.Density,
            ["mass"] = b.Mass,
            ["meets_threshold"] = b.MeetsThreshold,
            ["restrictions"] = new JsonArray(b.Restrictions.Select(r => (JsonNode)new JsonObject
            {
                ["input"] = r.Input,
                ["min"] = r.Min,
                ["max"] = r.Max,
                ["quasi_p"] = r.QuasiP,
            }).ToArray()),
        }).ToArray()),
        ["chosen_step"] = result.ChosenStep,
        ["trajectory"] = new JsonArray(result.Trajectory.Select(s => (JsonNode)new JsonObject
        {
            ["coverage"] = s.Coverage,
            ["density"] = s.Density,
            ["mass"] = s.Mass,
            ["restricted"] = s.Restricted,
        }).ToArray()),
    };

    /// <summary>Indented text with a final newline.</summary>
    public static string Text(JsonNode node) => node.ToJsonString(Indented) + "\n";
}
