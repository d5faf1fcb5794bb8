using OtSim.Sensitivity;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Series;

namespace OtSim.Analysis.Charts;

/// <summary>
/// Morris screening chart: μ* (mean absolute elementary effect, with its interval) against σ (spread of the effects).
/// Far right = important; high up = non-linear or interacting.
/// </summary>
public static class MorrisChart
{
    /// <summary>Builds the chart.</summary>
    public static PlotModel Create(MorrisResult result, string outcomeUnit, string title, string? subtitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = ChartStyle.CreateModel(title, subtitle);
        var x = ChartStyle.CreateLinearAxis(OxyPlot.Axes.AxisPosition.Bottom, $"μ*: mean absolute effect of a full-range step ({outcomeUnit}, 95% interval)");
        var y = ChartStyle.CreateLinearAxis(OxyPlot.Axes.AxisPosition.Left, $"σ: spread of the effects ({outcomeUnit})");
        x.Minimum = 0;
        y.Minimum = 0;
        model.Axes.Add(x);
        model.Axes.Add(y);
        var whiskers = new LineSeries { Color = Palette.Blue, StrokeThickness = 2.5, RenderInLegend = false };
        var dots = new ScatterSeries { MarkerType = MarkerType.Circle, MarkerSize = ChartStyle.MarkerSize, MarkerFill = Palette.Blue, MarkerStroke = Palette.Blue };
        foreach (var p in result.Parameters)
        {
            whiskers.Points.Add(new DataPoint(Math.Max(0, p.MuStarCiLow), p.Sigma));
            whiskers.Points.Add(new DataPoint(p.MuStarCiHigh, p.Sigma));
            whiskers.Points.Add(DataPoint.Undefined);
            dots.Points.Add(new ScatterPoint(p.MuStar, p.Sigma));
            model.Annotations.Add(new TextAnnotation
            {
                Text = p.Name,
                TextPosition = new DataPoint(p.MuStar, p.Sigma),
                TextHorizontalAlignment = HorizontalAlignment.Left,
                TextVerticalAlignment = VerticalAlignment.Bottom,
                Stroke = OxyColors.Transparent,
                FontSize = ChartStyle.LegendFontSize,
                Offset = new ScreenVector(8, -4),
            });
        }
        model.Series.Add(whiskers);
        model.Series.Add(dots);
        return model;
    }
}
