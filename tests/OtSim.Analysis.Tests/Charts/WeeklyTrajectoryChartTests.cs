using OtSim.Analysis.Charts;
using OtSim.Analysis.Tests.Support;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Tests.Charts;

public sealed class WeeklyTrajectoryChartTests
{
    [Fact]
    public void Band_and_median_per_policy_with_a_point_per_week()
    {
        var input = ChartInputs.Trajectories(weeks: 36);
        var model = WeeklyTrajectoryChart.Create(input);

        var bands = model.Series.OfType<AreaSeries>().ToList();
        var medians = model.Series.OfType<LineSeries>().Except(bands).ToList();
        Assert.Equal(3, bands.Count);
        Assert.Equal(SyntheticData.Policies, medians.Select(m => m.Title));
        Assert.All(medians, m => Assert.Equal(36, m.Points.Count));
        Assert.All(bands, b => Assert.Equal(36, b.Points2.Count));
        Assert.All(bands, b => Assert.False(b.RenderInLegend));
        Assert.All(medians, m => ChartAssert.IsPaletteColor(m.Color));
        Assert.True(model.Series.IndexOf(bands[^1]) < model.Series.IndexOf(medians[0]), "bands must be drawn under lines");
        Assert.Equal(WeeklyTrajectoryChart.DefaultSubtitle, model.Subtitle);
        ChartAssert.IsProjectorReadable(model, input.Title);
        ChartAssert.HasUnit(ChartAssert.Axis(model, AxisPosition.Bottom), "week");
        ChartAssert.HasUnit(ChartAssert.Axis(model, AxisPosition.Left), "points");
    }

    [Fact]
    public void Points_are_sorted_by_week_and_band_holds_p10_and_p90()
    {
        var input = new TrajectoryInput("t", [new("p", 2, 50, 40, 60), new("p", 1, 45, 35, 55)]);

        var model = WeeklyTrajectoryChart.Create(input);

        var band = model.Series.OfType<AreaSeries>().Single();
        Assert.Equal([55.0, 60], band.Points.Select(p => p.Y));
        Assert.Equal([35.0, 40], band.Points2.Select(p => p.Y));
        Assert.Equal([45.0, 50], ((LineSeries)model.Series[1]).Points.Select(p => p.Y));
    }
}
