using OtSim.Analysis.Charts;
using OtSim.Analysis.Tests.Support;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Tests.Charts;

public sealed class DoseResponseChartTests
{
    private static readonly DoseBand[] _bands =
    [
        new("600-900", 750, 9, 8, 11, 40),
        new("0-300", 150, 5, 4, 6, 12),
        new("300-600", 450, 7, 6.5, 7.5, 30),
    ];

    [Fact]
    public void Has_curve_whiskers_and_means_with_one_point_per_band()
    {
        var model = DoseResponseChart.Create(new DoseResponseInput("Dose matters", _bands));

        var curve = Assert.IsType<LineSeries>(model.Series[0]);
        var whiskers = Assert.IsType<ScatterErrorSeries>(model.Series[1]);
        var means = Assert.IsType<ScatterSeries>(model.Series[2]);
        Assert.Equal(3, curve.Points.Count);
        Assert.Equal(3, whiskers.Points.Count);
        Assert.Equal([150.0, 450, 750], means.Points.Select(p => p.X));
        Assert.Equal([5.0, 7, 9], means.Points.Select(p => p.Y));
        Assert.Equal(InterpolationAlgorithms.CatmullRomSpline, curve.InterpolationAlgorithm);
    }

    [Fact]
    public void Asymmetric_intervals_are_drawn_from_lower_to_upper()
    {
        var whiskers = (ScatterErrorSeries)DoseResponseChart.Create(new DoseResponseInput("t", _bands)).Series[1];

        var top = whiskers.Points.Last();
        Assert.Equal(8, top.Y - top.ErrorY, 9);
        Assert.Equal(11, top.Y + top.ErrorY, 9);
    }

    [Fact]
    public void Uses_callers_curve_when_given()
    {
        DataPoint[] curve = [new(100, 4), new(400, 7), new(800, 9.5), new(200, 5)];

        var line = (LineSeries)DoseResponseChart.Create(new DoseResponseInput("t", _bands, curve)).Series[0];

        Assert.Equal([100.0, 200, 400, 800], line.Points.Select(p => p.X));
        Assert.Null(line.InterpolationAlgorithm);
    }

    [Fact]
    public void Value_axis_covers_every_interval_and_counts_are_labelled()
    {
        var model = DoseResponseChart.Create(new DoseResponseInput("t", _bands));

        var y = ChartAssert.Axis(model, AxisPosition.Left);
        Assert.True(y.Minimum < 4 && y.Maximum > 11);
        Assert.Equal(["n = 12", "n = 30", "n = 40"], model.Annotations.OfType<TextAnnotation>().Select(a => a.Text));
    }

    [Fact]
    public void Is_readable_with_units_on_axes()
    {
        var input = ChartInputs.DoseResponse();
        var model = DoseResponseChart.Create(input);

        ChartAssert.IsProjectorReadable(model, input.Title);
        ChartAssert.HasUnit(ChartAssert.Axis(model, AxisPosition.Bottom), "minutes per year");
        ChartAssert.HasUnit(ChartAssert.Axis(model, AxisPosition.Left), "points");
        ChartAssert.IsPaletteColor(((LineSeries)model.Series[0]).Color);
        ChartAssert.IsPaletteColor(((ScatterSeries)model.Series[2]).MarkerFill);
    }
}
