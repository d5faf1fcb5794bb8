using OtSim.Analysis.Charts;
using OtSim.Analysis.Export;
using OtSim.Analysis.Tests.Support;
using OxyPlot;

namespace OtSim.Analysis.Tests.Charts;

/// <summary>
/// Renders every chart to PNG and SVG under the test output folder ("chart-gallery") so a person can
/// open them and judge legibility; the assertions only check the files are real images.
/// </summary>
public sealed class ChartGalleryTests
{
    public static TheoryData<string> ChartNames => new(Gallery.Keys);

    private static readonly Dictionary<string, Func<PlotModel>> Gallery = new()
    {
        ["minutes-progress"] = () => MinutesProgressChart.Create(ChartInputs.MinutesProgress()),
        ["dose-response"] = () => DoseResponseChart.Create(ChartInputs.DoseResponse()),
        ["policy-comparison"] = () => PolicyComparisonChart.Create(ChartInputs.PolicyComparison()),
        ["collaboration-heatmap"] = () => CollaborationHeatmapChart.Create(ChartInputs.Heatmap()),
        ["weekly-trajectories"] = () => WeeklyTrajectoryChart.Create(ChartInputs.Trajectories()),
        ["capacity-scatter"] = () => TherapistCapacityChart.CreateScatter(ChartInputs.Capacity()),
        ["long-title"] = () => PolicyComparisonChart.Create(ChartInputs.PolicyComparison() with
        {
            Title = "Students whose teachers collaborated closely gained about 3 more points, regardless of how many minutes they received",
        }),
        ["capacity-bars"] = () => TherapistCapacityChart.CreateBars(ChartInputs.Capacity()),
    };

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Chart_renders_to_png_and_svg(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "chart-gallery");
        var pngPath = Path.Combine(directory, name + ".png");
        var svgPath = Path.Combine(directory, name + ".svg");

        ChartExporter.ExportPng(Gallery[name](), pngPath);
        ChartExporter.ExportSvg(Gallery[name](), svgPath);

        Assert.True(new FileInfo(pngPath).Length > 10_000);
        Assert.True(new FileInfo(svgPath).Length > 1_000);
    }
}
