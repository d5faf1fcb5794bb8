using System.Text.RegularExpressions;
using System.Xml.Linq;
using OtSim.Analysis.Charts;
using OtSim.Analysis.Export;
using OtSim.Analysis.Tests.Support;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using SkiaSharp;

namespace OtSim.Analysis.Tests.Charts;

/// <summary>
/// Renders every chart to PNG and SVG under the test output folder ("chart-gallery") so a person can open them and
/// judge legibility, and checks what was drawn: the plot model's series and axes, the title, axis titles, legend
/// entries and category labels as text in the SVG, and a 1280 x 720 PNG with a white background and a drawing on it.
/// </summary>
public sealed partial class ChartGalleryTests
{
    private const string LongTitle = "Students whose teachers collaborated closely gained about 3 more points, regardless of how many minutes they received";

    public static TheoryData<string> ChartNames => new(Gallery.Keys);

    /// <summary>Each chart with the number of series its input implies (3 synthetic policies, 14 therapists).</summary>
    private static readonly Dictionary<string, (Func<PlotModel> Create, int Series)> Gallery = new()
    {
        ["minutes-progress"] = (() => MinutesProgressChart.Create(ChartInputs.MinutesProgress()), 1 + 3 + 1),    // band, policies, fit
        ["dose-response"] = (() => DoseResponseChart.Create(ChartInputs.DoseResponse()), 3),                     // curve, whiskers, means
        ["policy-comparison"] = (() => PolicyComparisonChart.Create(ChartInputs.PolicyComparison()), 3 + 1),     // boxes, means
        ["collaboration-heatmap"] = (() => CollaborationHeatmapChart.Create(ChartInputs.Heatmap()), 1),
        ["weekly-trajectories"] = (() => WeeklyTrajectoryChart.Create(ChartInputs.Trajectories()), 3 + 3),       // bands, medians
        ["capacity-scatter"] = (() => TherapistCapacityChart.CreateScatter(ChartInputs.Capacity()), 3),          // line, within, over
        ["long-title"] = (() => PolicyComparisonChart.Create(ChartInputs.PolicyComparison() with { Title = LongTitle }), 3 + 1),
        ["capacity-bars"] = (() => TherapistCapacityChart.CreateBars(ChartInputs.Capacity()), 2),                // capacity, demand
    };

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Chart_renders_to_png_and_svg(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "chart-gallery");
        var pngPath = Path.Combine(directory, name + ".png");
        var svgPath = Path.Combine(directory, name + ".svg");
        var (create, seriesCount) = Gallery[name];
        var model = create();

        Assert.Equal(seriesCount, model.Series.Count);
        Assert.All(model.Series, s => Assert.True(HasData(s), $"series '{s.Title}' ({s.GetType().Name}) has no data"));
        Assert.Contains(model.Axes, a => a.Position == AxisPosition.Bottom);
        Assert.Contains(model.Axes, a => a.Position == AxisPosition.Left);
        Assert.False(string.IsNullOrWhiteSpace(model.Title));

        ChartExporter.ExportPng(create(), pngPath);
        ChartExporter.ExportSvg(create(), svgPath);

        AssertSvgShows(model, XDocument.Load(svgPath));
        AssertPngIsADrawing(File.ReadAllBytes(pngPath));
    }

    /// <summary>The SVG's text is the model's title, axis titles, category labels and legend entries.</summary>
    private static void AssertSvgShows(PlotModel model, XDocument svg)
    {
        var root = svg.Root!;
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), root.Name);
        Assert.Equal("1280", root.Attribute("width")!.Value);
        Assert.Equal("720", root.Attribute("height")!.Value);
        var lines = root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => Normalize(e.Value)).ToList();
        string all = string.Join(" ", lines);

        // A title may be wrapped onto several lines; joined, the lines read as the title.
        Assert.Contains(Normalize(model.Title), all, StringComparison.Ordinal);
        foreach (var axis in model.Axes.Where(a => !string.IsNullOrWhiteSpace(a.Title)))
        {
            Assert.Contains(Normalize(axis.Title), all, StringComparison.Ordinal);
        }

        foreach (var label in model.Axes.OfType<CategoryAxis>().SelectMany(a => a.Labels))
        {
            Assert.Contains(Normalize(label), lines);
        }

        if (model.IsLegendVisible)
        {
            foreach (var series in model.Series.Where(s => s.RenderInLegend && !string.IsNullOrEmpty(s.Title)))
            {
                Assert.Contains(Normalize(series.Title), all, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>1280 x 720, white background, many colours, and a real share of the canvas drawn on.</summary>
    private static void AssertPngIsADrawing(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1280, 720), (bitmap.Width, bitmap.Height));
        Assert.Equal(SKColors.White, bitmap.GetPixel(2, 2));
        var colours = new HashSet<SKColor>();
        int inked = 0;
        int sampled = 0;
        for (var x = 0; x < bitmap.Width; x += 3)
        {
            for (var y = 0; y < bitmap.Height; y += 3)
            {
                var pixel = bitmap.GetPixel(x, y);
                colours.Add(pixel);
                sampled++;
                inked += pixel == SKColors.White ? 0 : 1;
            }
        }

        double share = (double)inked / sampled;
        Assert.True(colours.Count > 10, $"only {colours.Count} distinct colours: the chart did not render");
        Assert.InRange(share, 0.02, 0.9);
    }

    private static bool HasData(Series series) => series switch
    {
        HeatMapSeries h => h.Data is { Length: > 0 },
        BoxPlotSeries b => b.Items.Count > 0,
        BarSeries b => b.Items.Count > 0,
        AreaSeries a => a.Points.Count > 0 && a.Points2.Count > 0,
        ScatterErrorSeries e => e.Points.Count > 0,
        ScatterSeries s => s.Points.Count > 0,
        DataPointSeries d => d.Points.Count > 0,
        _ => false,
    };

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
