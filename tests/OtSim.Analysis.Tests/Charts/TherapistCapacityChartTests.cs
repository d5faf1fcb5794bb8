using OtSim.Analysis.Charts;
using OtSim.Analysis.Tests.Support;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Tests.Charts;

public sealed class TherapistCapacityChartTests
{
    private static readonly CapacityInput _input = new(
        "Two of three therapists are over capacity",
        [new("T1", 1000, 1200), new("T2", 1000, 800), new("T3", 500, 900)]);

    [Fact]
    public void Scatter_splits_therapists_by_status_and_draws_the_capacity_line()
    {
        var model = TherapistCapacityChart.CreateScatter(_input);

        var line = Assert.IsType<LineSeries>(model.Series[0]);
        Assert.Equal(TherapistCapacityChart.CapacityLineTitle, line.Title);
        Assert.All(line.Points, p => Assert.Equal(p.X, p.Y));
        var within = Assert.Single(model.Series.OfType<ScatterSeries>(), s => s.Title == TherapistCapacityChart.WithinTitle);
        var over = Assert.Single(model.Series.OfType<ScatterSeries>(), s => s.Title == TherapistCapacityChart.OverTitle);
        Assert.Single(within.Points);
        Assert.Equal(2, over.Points.Count);
        Assert.Equal(Palette.Vermillion, over.MarkerFill);
        Assert.NotEqual(within.MarkerType, over.MarkerType);
        var x = ChartAssert.Axis(model, AxisPosition.Bottom);
        var y = ChartAssert.Axis(model, AxisPosition.Left);
        Assert.Equal((x.Minimum, x.Maximum), (y.Minimum, y.Maximum));
        ChartAssert.HasUnit(x, "minutes per year");
        ChartAssert.HasUnit(y, "minutes per year");
        ChartAssert.IsProjectorReadable(model, _input.Title);
    }

    [Fact]
    public void Bars_show_capacity_and_demand_per_therapist()
    {
        var model = TherapistCapacityChart.CreateBars(_input);

        var categories = Assert.IsType<CategoryAxis>(ChartAssert.Axis(model, AxisPosition.Left));
        Assert.Equal(["T1", "T2", "T3"], categories.Labels);
        var bars = model.Series.OfType<BarSeries>().ToList();
        Assert.Equal([TherapistCapacityChart.CapacityBarsTitle, TherapistCapacityChart.DemandBarsTitle], bars.Select(b => b.Title));
        Assert.Equal([1000.0, 1000, 500], bars[0].Items.Select(i => i.Value));
        Assert.Equal([1200.0, 800, 900], bars[1].Items.Select(i => i.Value));
        Assert.All(bars, b => ChartAssert.IsPaletteColor(b.FillColor));
        ChartAssert.HasUnit(ChartAssert.Axis(model, AxisPosition.Bottom), "minutes per year");
        ChartAssert.IsProjectorReadable(model, _input.Title);
    }
}
