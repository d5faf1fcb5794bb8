using System.Text.Json;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>analysis.json reproduces R's lm, sandwich CR1 and lmer fits of the same formulas on the shared fixture.</summary>
public sealed class PipelineMatchesRTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("naive_total", "students_total", "progress ~ delivered_total_minutes", null)]
    [InlineData("naive_delivered_direct_minutes", "pipeline_direct", "progress ~ delivered_direct_minutes", null)]
    [InlineData("naive_delivered_integrated_minutes", "pipeline_integrated", "progress ~ delivered_integrated_minutes", null)]
    [InlineData("naive_delivered_consult_minutes", "pipeline_consult", "progress ~ delivered_consult_minutes", null)]
    [InlineData("naive_total_policy_blanket-30", "pipeline_total_blanket-30", "progress ~ delivered_total_minutes", "policy == \"blanket-30\"")]
    [InlineData("naive_total_policy_collaborative", "pipeline_total_collaborative", "progress ~ delivered_total_minutes", "policy == \"collaborative\"")]
    [InlineData("naive_total_policy_needs-based", "pipeline_total_needs-based", "progress ~ delivered_total_minutes", "policy == \"needs-based\"")]
    public void NaiveOls_MatchesLm(string name, string rModel, string formula, string? subset)
    {
        var model = fixture.Model(name);
        Assert.Equal(formula, model.GetProperty("formula").GetString());
        Assert.Equal(subset, model.TryGetProperty("subset", out var s) ? s.GetString() : null);
        Assert.Equal(fixture.Reference[(rModel, string.Empty, "n")], model.GetProperty("n").GetInt32());
        AssertCoefficients(model, rModel, 1e-8);
        Assert.Equal(fixture.Reference[(rModel, string.Empty, "r_squared")], model.GetProperty("r_squared").GetDouble(), 1e-10);
    }

    [Fact]
    public void AdjustedOls_MatchesSandwichCr1()
    {
        var model = fixture.Model("adjusted_ols_cr1");
        Assert.Equal(
            "progress ~ delivered_direct_minutes + delivered_integrated_minutes + delivered_consult_minutes + severity + baseline + collaboration + delivered_total_minutes:collaboration",
            model.GetProperty("formula").GetString());
        Assert.Equal("classroom_id", model.GetProperty("cluster").GetString());
        Assert.Equal(fixture.Reference[("pipeline_adjusted_cr1", string.Empty, "clusters")], model.GetProperty("clusters").GetInt32());
        AssertCoefficients(model, "pipeline_adjusted_cr1", 1e-8);
    }

    [Fact]
    public void MixedModel_MatchesLmer()
    {
        var model = fixture.Model("mixed");
        Assert.Equal(
            "progress ~ delivered_total_minutes * collaboration + severity + baseline + (1 | school_id) + (1 | classroom_id)",
            model.GetProperty("formula").GetString());
        AssertCoefficients(model, "pipeline_mixed", 1e-4);
        foreach (var re in model.GetProperty("random_effects").EnumerateArray())
        {
            string group = re.GetProperty("group").GetString()!;
            Assert.Equal(fixture.Reference[("pipeline_mixed", group, "variance")], re.GetProperty("variance").GetDouble(), Relative(fixture.Reference[("pipeline_mixed", group, "variance")], 1e-3));
            Assert.Equal(fixture.Reference[("pipeline_mixed", group, "groups")], re.GetProperty("levels").GetInt32());
        }

        double residual = fixture.Reference[("pipeline_mixed", "Residual", "variance")];
        Assert.Equal(residual, model.GetProperty("residual_variance").GetDouble(), Relative(residual, 1e-4));
    }

    [Theory]
    [InlineData("pearson")]
    [InlineData("spearman")]
    public void Correlations_MatchCorTest(string method)
    {
        var c = fixture.Json.RootElement.GetProperty("correlations").EnumerateArray()
            .Single(x => x.GetProperty("x").GetString() == "delivered_total_minutes" && x.GetProperty("method").GetString() == method);
        Assert.Equal(fixture.Reference[($"pipeline_{method}", string.Empty, "estimate")], c.GetProperty("estimate").GetDouble(), 1e-12);
        Assert.Equal(fixture.Reference[($"pipeline_{method}", string.Empty, "p_value")], c.GetProperty("p_value").GetDouble(), 1e-10);
    }

    private void AssertCoefficients(JsonElement model, string rModel, double relative)
    {
        var coefficients = model.GetProperty("coefficients").EnumerateArray().ToList();
        Assert.Equal(fixture.Reference.Keys.Count(k => k.Model == rModel && k.Quantity == "estimate"), coefficients.Count);
        foreach (var c in coefficients)
        {
            string term = c.GetProperty("term").GetString()!;
            double se = fixture.Reference[(rModel, term, "std_error")];
            foreach (var quantity in new[] { "estimate", "std_error", "ci_low", "ci_high" })
            {
                double expected = fixture.Reference[(rModel, term, quantity)];
                Assert.True(
                    // Relative to the value, or to the SE for estimates near 0 (REML optimiser tolerance).
                    Math.Abs(c.GetProperty(quantity).GetDouble() - expected) <= Relative(expected, relative) + (relative * se),
                    $"{rModel} {term} {quantity}: {c.GetProperty(quantity).GetDouble():R} vs R {expected:R}");
            }

            double p = fixture.Reference[(rModel, term, "p_value")];
            Assert.True(Math.Abs(c.GetProperty("p_value").GetDouble() - p) <= Math.Max(1e-12, p * relative * 10), $"{rModel} {term} p_value");
        }
    }

    private static double Relative(double expected, double relative) => Math.Max(Math.Abs(expected) * relative, 1e-12);
}
