using System.Text.RegularExpressions;
using System.Xml.Linq;
using OtSim.Analysis.Charts;
using OtSim.Analysis.Report;
using OtSim.Analysis.Tests.Support;

namespace OtSim.Analysis.Tests.Report;

public sealed class HtmlReportBuilderTests : IDisposable
{
    private const string Evil = "<script>alert('x')</script> & \"quoted\"";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ReportProvenance Provenance(string command = "otsim analyse --scenario baseline") =>
        new("baseline district", 20240901, 30, "0.1.0", command, new DateTimeOffset(2025, 3, 4, 10, 5, 6, TimeSpan.FromHours(2)));

    private static HtmlReportBuilder FullReport() => new HtmlReportBuilder("OtSim results: baseline district")
        .AddSummary("Students who received more OT minutes made more progress.", "Collaboration with teachers mattered as much as minutes.")
        .AddKeyNumbers(new KeyNumber("Students meeting IEP goals", "64%", "95% CI 61-67%"), new KeyNumber("Extra progress per 100 minutes", "+0.6 points"))
        .AddTable(new ReportTable("Progress by policy", ["Policy", "Mean progress (points)"], [["pull_out", "8.1"], ["push_in", "9.0"]]))
        .AddChart(new ReportChart(MinutesProgressChart.Create(ChartInputs.MinutesProgress()), "Each dot is one simulated student."))
        .AddChart(new ReportChart(CollaborationHeatmapChart.Create(ChartInputs.Heatmap()), "Darker cells mean less progress."))
        .WithProvenance(Provenance());

    [Fact]
    public void Contains_every_section_in_order()
    {
        var html = FullReport().Build();

        string[] markers = ["<h1>OtSim results: baseline district</h1>", "id=\"summary\"", "id=\"key-numbers\"", "id=\"tables\"", "id=\"charts\"", "id=\"provenance\""];
        var positions = markers.Select(m => html.IndexOf(m, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("<p>Collaboration with teachers mattered as much as minutes.</p>", html);
        Assert.Contains("<div class=\"value\">64%</div>", html);
        Assert.Contains("<th scope=\"col\">Mean progress (points)</th>", html);
        Assert.Contains("<td>push_in</td>", html);
        Assert.Equal(2, Regex.Count(html, "<svg"));
        Assert.Contains("<figcaption>Each dot is one simulated student.</figcaption>", html);
    }

    [Fact]
    public void Provenance_lists_scenario_seed_replications_version_command_and_utc_time()
    {
        var html = FullReport().Build();

        Assert.Contains("<dd>baseline district</dd>", html);
        Assert.Contains("<dd>20240901</dd>", html);
        Assert.Contains("<dd>30</dd>", html);
        Assert.Contains("<dd>0.1.0</dd>", html);
        Assert.Contains("<dd>otsim analyse --scenario baseline</dd>", html);
        Assert.Contains("<dd>2025-03-04 08:05:06 UTC</dd>", html);
    }

    [Fact]
    public void Is_self_contained()
    {
        var svgHtml = FullReport().Build();
        var pngBuilder = FullReport();
        pngBuilder.ChartEmbedding = ChartEmbedding.Png;
        var pngHtml = pngBuilder.Build();

        foreach (var html in new[] { svgHtml, pngHtml })
        {
            Assert.DoesNotMatch(@"(?i)\b(src|href)\s*=\s*[""']?\s*(https?:)?//", html);
            Assert.DoesNotMatch(@"(?i)url\(\s*[""']?\s*(https?:)?//", html);
            Assert.DoesNotMatch(@"(?i)<link\b|<script\b|@import|<iframe\b", html);
            Assert.Contains("<style>", html);
        }

        Assert.Equal(2, Regex.Count(pngHtml, "src=\"data:image/png;base64,"));
    }

    [Fact]
    public void Every_caller_string_is_escaped()
    {
        var html = new HtmlReportBuilder(Evil)
            .AddSummary(Evil)
            .AddKeyNumbers(new KeyNumber(Evil, Evil, Evil))
            .AddTable(new ReportTable(Evil, [Evil], [[Evil]]))
            .AddChart(new ReportChart(PolicyComparisonChart.Create(ChartInputs.PolicyComparison() with { Title = Evil }), Evil, Evil))
            .WithProvenance(Provenance(command: Evil) with { ScenarioName = Evil, ProgramVersion = Evil })
            .Build();

        Assert.DoesNotContain("<script", html);

        // Inside SVG <text>, OxyPlot's XML writer escapes < and & but may leave quotes, which is safe in element content.
        var outsideSvg = Regex.Replace(html, "<svg.*?</svg>", string.Empty, RegexOptions.Singleline);
        Assert.DoesNotContain("\"quoted\"", outsideSvg);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;", html);
    }

    [Fact]
    public void Inline_svgs_have_unique_ids_and_scale_with_the_page()
    {
        var html = FullReport().Build();

        var ids = Regex.Matches(html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (Match reference in Regex.Matches(html, @"url\(#([^)]+)\)"))
        {
            Assert.Contains(reference.Groups[1].Value, ids);
        }

        Assert.All(Regex.Matches(html, "<svg[^>]*>").Select(m => m.Value), tag => Assert.Contains("viewBox=\"0 0 1280 720\"", tag));
    }

    [Fact]
    public void Svg_blocks_are_well_formed_xml()
    {
        var html = FullReport().Build();

        var svgs = Regex.Matches(html, "<svg.*?</svg>", RegexOptions.Singleline).Select(m => XElement.Parse(m.Value)).ToList();

        // FullReport has two charts, in this order; each parses as SVG and carries its own chart's text.
        Assert.Equal(2, svgs.Count);
        Assert.All(svgs, svg => Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Name));
        var texts = svgs.Select(svg => svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList()).ToList();
        Assert.Contains(texts[0], t => t.Contains("0.6 more points", StringComparison.Ordinal));
        Assert.Contains("High (> 0.67)", texts[1]);
        Assert.DoesNotContain(texts[1], t => t.Contains("0.6 more points", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteTo_writes_atomically_and_needs_provenance()
    {
        var path = _temp.File("report.html");

        Assert.Throws<InvalidOperationException>(() => new HtmlReportBuilder("No provenance").WriteTo(path));
        Assert.False(File.Exists(path));

        FullReport().WriteTo(path);

        Assert.Equal(["report.html"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path));
    }

    [Fact]
    public void Gallery_report_is_written_for_manual_review()
    {
        var builder = FullReport()
            .AddChart(new ReportChart(DoseResponseChart.Create(ChartInputs.DoseResponse()), "Bars show the 95% confidence interval."))
            .AddChart(new ReportChart(WeeklyTrajectoryChart.Create(ChartInputs.Trajectories()), "Median student per policy."))
            .AddChart(new ReportChart(TherapistCapacityChart.CreateScatter(ChartInputs.Capacity()), "Triangles above the line are over capacity."));
        var path = Path.Combine(AppContext.BaseDirectory, "chart-gallery", "report.html");

        builder.WriteTo(path);

        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
