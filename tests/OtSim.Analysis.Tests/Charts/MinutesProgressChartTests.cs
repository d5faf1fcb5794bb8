using OtSim.Analysis.Charts;
using OtSim.Analysis.Tests.Support;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Tests.Charts;

public sealed class MinutesProgressChartTests
{
    private static MinutesProgressInput Small() => new(
        "More minutes, more progress",
        [new("b", 100, 1), new("a", 200, 2), new("b", 300, 4), new("a", 400, 3), new("c", 500, 5)],
        new FittedLine(0.5, 0.01, "Fit"),
        [new(100, 0.5, 2.5), new(500, 4, 7), new(300, 2.5, 4.5)],
        GroupOrder: ["a", "b", "c"]);

    [Fact]
    public void Has_band_then_one_scatter_per_group_then_fitted_line()
    {
        var model = MinutesProgressChart.Create(Small());

        Assert.IsType<AreaSeries>(model.Series[0]);
        var scatters = model.Series.OfType<ScatterSeries>().ToList();
        Assert.Equal(["a", "b", "c"], scatters.Select(s => s.Title));
        Assert.Equal([2, 2, 1], scatters.Select(s => s.Points.Count));
        Assert.IsType<LineSeries>(model.Series[^1]);
    }

    [Fact]
    public void Fitted_line_spans_the_data_using_callers_intercept_and_slope()
    {
        var line = (LineSeries)MinutesProgressChart.Create(Small()).Series[^1];

        Assert.Equal("Fit", line.Title);
        Assert.Equal([new DataPoint(100, 1.5), new DataPoint(500, 5.5)], line.Points);
        Assert.True(line.StrokeThickness >= 3);
    }

    [Fact]
    public void Band_is_sorted_by_x_and_keeps_every_point()
    {
        var band = (AreaSeries)MinutesProgressChart.Create(Small()).Series[0];

        Assert.Equal(MinutesProgressChart.BandTitle, band.Title);
        Assert.Equal([100.0, 300, 500], band.Points.Select(p => p.X));
        Assert.Equal([2.5, 4.5, 7], band.Points.Select(p => p.Y));
        Assert.Equal([0.5, 2.5, 4], band.Points2.Select(p => p.Y));
    }

    [Fact]
    public void Colours_follow_group_names_from_the_okabe_ito_palette()
    {
        var scatters = MinutesProgressChart.Create(Small()).Series.OfType<ScatterSeries>().ToList();
        var expected = Palette.ForNames(["a", "b", "c"]);

        Assert.Equal(expected[0], scatters[0].MarkerStroke);
        Assert.Equal(expected[1], scatters[1].MarkerStroke);
        Assert.Equal(expected[2], scatters[2].MarkerStroke);
    }

    [Fact]
    public void Is_readable_with_units_on_axes()
    {
        var model = MinutesProgressChart.Create(ChartInputs.MinutesProgress());

        ChartAssert.IsProjectorReadable(model, ChartInputs.MinutesProgress().Title);
        Assert.Equal("Delivered OT minutes per year", ChartAssert.Axis(model, AxisPosition.Bottom).Title);
        Assert.Equal("Progress (points, 0-100 scale)", ChartAssert.Axis(model, AxisPosition.Left).Title);
        Assert.Equal(450, model.Series.OfType<ScatterSeries>().Sum(s => s.Points.Count));
    }
}
