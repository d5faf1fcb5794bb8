using System.Text.Json;
using System.Text.RegularExpressions;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>The shape of analysis.json, the self-contained report, and honest summary wording.</summary>
public sealed partial class AnalysisOutputTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Fact]
    public void EveryModel_HasTheDocumentedFields()
    {
        var root = fixture.Json.RootElement;
        int rows = root.GetProperty("provenance").GetProperty("rows").GetInt32();
        var models = root.GetProperty("models").EnumerateArray().ToList();
        Assert.NotEmpty(models);
        foreach (var m in models)
        {
            Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("name").GetString()));
            Assert.Contains("~", m.GetProperty("formula").GetString(), StringComparison.Ordinal);
            int n = m.GetProperty("n").GetInt32();
            Assert.Equal(n < rows, m.TryGetProperty("subset", out _));
            var coefficients = m.GetProperty("coefficients").EnumerateArray().ToList();
            Assert.NotEmpty(coefficients);
            foreach (var c in coefficients)
            {
                Assert.Equal(JsonValueKind.String, c.GetProperty("term").ValueKind);
                foreach (var field in new[] { "estimate", "std_error", "ci_low", "ci_high", "p_value" })
                {
                    Assert.True(double.IsFinite(c.GetProperty(field).GetDouble()), $"{m.GetProperty("name")}: {field}");
                }
            }

            if (m.GetProperty("kind").GetString() == "lmer")
            {
                var random = m.GetProperty("random_effects").EnumerateArray().ToList();
                Assert.NotEmpty(random);
                Assert.All(random, r =>
                {
                    Assert.False(string.IsNullOrEmpty(r.GetProperty("group").GetString()));
                    Assert.True(r.GetProperty("variance").GetDouble() >= 0);
                });
                Assert.True(m.GetProperty("residual_variance").GetDouble() > 0);
                Assert.InRange(m.GetProperty("icc").GetProperty("total").GetDouble(), 0, 1);
            }
        }

        foreach (var section in new[] { "correlations", "dose_response", "policies", "summary", "provenance", "findings", "charts" })
        {
            Assert.True(root.TryGetProperty(section, out _), section);
        }
    }

    [Fact]
    public void Report_IsSelfContained_AndHasEveryChart()
    {
        Assert.DoesNotMatch(ExternalReference(), fixture.Html);
        var charts = fixture.Document.Charts;
        Assert.True(charts.Count >= 4);
        Assert.Equal(charts.Count, Regex.Matches(fixture.Html, "<svg").Count);
        foreach (var chart in charts)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(chart.Title), fixture.Html, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(fixture.Folder, chart.Svg)));
            var png = File.ReadAllBytes(Path.Combine(fixture.Folder, chart.Png));
            Assert.Equal(1280, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
            Assert.Equal(720, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
        }
    }

    [Fact]
    public void Summary_NeverSaysNoEffect_AndStatesAClearNaiveSlopeAsClear()
    {
        // Since the model was corrected and recalibrated (issue 12), minutes delivered under the staffing shortage go with
        // progress: p = 1.6e-10 in R on this file (students_total). Before, p was 0.06 and the summary said "no clear
        // evidence"; that wording for an unclear slope is checked on simulated data in CounterfactualTruthTests.
        var naive = fixture.Document.Findings.Naive;
        Assert.True(naive.IsClear);
        var text = string.Join("\n", new[] { fixture.Document.Summary.Headline }.Concat(fixture.Document.Summary.Paragraphs));
        Assert.DoesNotContain("no effect", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("does not work", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("(no clear evidence of a relationship)", text, StringComparison.Ordinal);
        Assert.InRange(fixture.Document.Summary.Paragraphs.Count, 3, 6);
        Assert.Contains("10 extra hours", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingOptionalFiles_AreNotedNotFatal()
    {
        Assert.Contains(fixture.Document.Notes, n => n.Contains("weeks.csv", StringComparison.Ordinal));
        Assert.Null(fixture.Document.Staffing);
        Assert.Equal("welch_students", fixture.Document.Policies!.Method);
    }

    [GeneratedRegex("""(src|href)\s*=\s*["']?\s*(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
