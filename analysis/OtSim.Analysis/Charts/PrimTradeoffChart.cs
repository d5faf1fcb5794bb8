using OtSim.Sensitivity;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Series;

namespace OtSim.Analysis.Charts;

/// <summary>
/// PRIM's trade-off chart: every box on the peeling and pasting trajectory as coverage (x) against density (y),
/// coloured by the number of restricted inputs, with the chosen box ringed.
/// </summary>
public static class PrimTradeoffChart
{
    /// <summary>Builds the chart.</summary>
    public static PlotModel Create(PrimResult result, string title, string? subtitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = ChartStyle.CreateModel(title, subtitle);
        var x = ChartStyle.CreateLinearAxis(OxyPlot.Axes.AxisPosition.Bottom, "Coverage: share of all cases of interest inside the box");
        var y = ChartStyle.CreateLinearAxis(OxyPlot.Axes.AxisPosition.Left, "Density: share of the box that are cases");
        x.Minimum = 0;
        x.Maximum = 1.02;
        y.Minimum = 0;
        y.Maximum = 1.02;
        model.Axes.Add(x);
        model.Axes.Add(y);
        foreach (var group in result.Trajectory.GroupBy(s => s.Restricted).OrderBy(g => g.Key))
        {
            var series = new ScatterSeries
            {
                Title = $"{group.Key} restricted",
                MarkerType = MarkerType.Circle,
                MarkerSize = ChartStyle.MarkerSize,
                MarkerFill = Palette.ForIndex(group.Key),
                MarkerStroke = Palette.ForIndex(group.Key),
            };
            series.Points.AddRange(group.Select(s => new ScatterPoint(s.Coverage, s.Density)));
            model.Series.Add(series);
        }
        var chosen = result.Trajectory[result.ChosenStep];
        model.Series.Add(new ScatterSeries
        {
            Title = "Chosen box",
            MarkerType = MarkerType.Circle,
            MarkerSize = ChartStyle.MarkerSize + 6,
            MarkerFill = OxyColors.Transparent,
            MarkerStroke = Palette.Black,
            MarkerStrokeThickness = 3,
            ItemsSource = new[] { new ScatterPoint(chosen.Coverage, chosen.Density) },
        });
        model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Horizontal,
            Y = result.Cases / (double)result.Rows,
            Color = Palette.Neutral,
            LineStyle = LineStyle.Dash,
            Text = "density of all rows",
            FontSize = ChartStyle.LegendFontSize,
        });
        ChartStyle.AddLegend(model);
        return model;
    }
}
