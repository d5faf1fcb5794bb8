using OtSim.Sensitivity;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Charts;

/// <summary>Dot-and-whisker chart of first-order (S1) and total-order (ST) Sobol' indices with their intervals, one row per parameter.</summary>
public static class SobolIndexChart
{
    /// <summary>Builds the chart; parameters are listed largest total effect first.</summary>
    public static PlotModel Create(SobolResult result, string title, string? subtitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ordered = result.Parameters.OrderBy(p => p.ST).ToList(); // bottom-up, so the largest is on top
        var model = ChartStyle.CreateModel(title, subtitle);
        model.Axes.Add(ChartStyle.CreateCategoryAxis(AxisPosition.Left, "Parameter", ordered.Select(p => p.Name)));
        var x = ChartStyle.CreateLinearAxis(AxisPosition.Bottom, "Share of the outcome's variance (Sobol' index, 95% interval)");
        x.Minimum = Math.Min(0, ordered.Min(p => Math.Min(p.S1CiLow, p.STCiLow)));
        x.Maximum = Math.Max(1, ordered.Max(p => Math.Max(p.S1CiHigh, p.STCiHigh)));
        model.Axes.Add(x);
        Add(model, "First order S1 (alone)", Palette.Blue, MarkerType.Circle, -0.15, ordered.Select(p => (p.S1, p.S1CiLow, p.S1CiHigh)).ToList());
        Add(model, "Total order ST (with interactions)", Palette.Vermillion, MarkerType.Diamond, 0.15, ordered.Select(p => (p.ST, p.STCiLow, p.STCiHigh)).ToList());
        ChartStyle.AddLegend(model);
        return model;
    }

    private static void Add(PlotModel model, string title, OxyColor color, MarkerType marker, double offset, List<(double Value, double Low, double High)> values)
    {
        var whiskers = new LineSeries { Color = color, StrokeThickness = 3, RenderInLegend = false };
        var dots = new ScatterSeries { Title = title, MarkerType = marker, MarkerSize = ChartStyle.MarkerSize, MarkerFill = color, MarkerStroke = color };
        for (int i = 0; i < values.Count; i++)
        {
            whiskers.Points.Add(new DataPoint(values[i].Low, i + offset));
            whiskers.Points.Add(new DataPoint(values[i].High, i + offset));
            whiskers.Points.Add(DataPoint.Undefined);
            dots.Points.Add(new ScatterPoint(values[i].Value, i + offset));
        }
        model.Series.Add(whiskers);
        model.Series.Add(dots);
    }
}
