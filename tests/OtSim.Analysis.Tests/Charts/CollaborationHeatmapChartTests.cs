using OtSim.Analysis.Charts;
using OtSim.Analysis.Tests.Support;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Tests.Charts;

public sealed class CollaborationHeatmapChartTests
{
    [Fact]
    public void Heatmap_has_labelled_category_axes_and_a_colour_axis()
    {
        var input = ChartInputs.Heatmap();
        var model = CollaborationHeatmapChart.Create(input);

        var heatmap = Assert.IsType<HeatMapSeries>(Assert.Single(model.Series));
        Assert.Equal(4, heatmap.Data.GetLength(0));
        Assert.Equal(3, heatmap.Data.GetLength(1));
        Assert.Equal(HeatMapCoordinateDefinition.Center, heatmap.CoordinateDefinition);
        Assert.Equal(input.MinutesBands, Assert.IsType<CategoryAxis>(ChartAssert.Axis(model, AxisPosition.Bottom)).Labels);
        Assert.Equal(input.CollaborationBands, Assert.IsType<CategoryAxis>(ChartAssert.Axis(model, AxisPosition.Left)).Labels);
        var colorAxis = Assert.IsType<LinearColorAxis>(ChartAssert.Axis(model, AxisPosition.Right));
        Assert.Equal(CollaborationHeatmapChart.ColorAxisKey, heatmap.ColorAxisKey);
        ChartAssert.HasUnit(colorAxis, "points");
        ChartAssert.HasUnit(ChartAssert.Axis(model, AxisPosition.Bottom), "minutes per year");
        ChartAssert.HasUnit(ChartAssert.Axis(model, AxisPosition.Left), "0-1");
        ChartAssert.IsProjectorReadable(model, input.Title);
    }

    [Fact]
    public void Data_is_copied_so_later_changes_by_the_caller_do_not_leak_in()
    {
        var grid = new double[,] { { 1, 2 }, { 3, 4 } };
        var model = CollaborationHeatmapChart.Create(new HeatmapInput("t", ["a", "b"], ["x", "y"], grid));

        grid[0, 0] = 99;

        Assert.Equal(1, ((HeatMapSeries)model.Series[0]).Data[0, 0]);
    }

    [Fact]
    public void Mismatched_labels_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CollaborationHeatmapChart.Create(new HeatmapInput("t", ["a"], ["x", "y"], new double[2, 2])));

        Assert.Contains("2x2", error.Message);
    }
}
