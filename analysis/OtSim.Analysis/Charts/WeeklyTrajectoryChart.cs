using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Charts;

/// <summary>Weekly trajectories: a median line and a shaded 10-90% band per policy.</summary>
public static class WeeklyTrajectoryChart
{
    /// <summary>Suffix of the band series' titles (the band is not shown in the legend).</summary>
    public const string BandSuffix = " 10-90% range";

    /// <summary>Subtitle used when the caller gives none: the bands are not in the legend, so they are explained here.</summary>
    public const string DefaultSubtitle = "Lines: median student. Shading: middle 80% of students (10th-90th percentile).";

    /// <summary>Builds the chart; nothing is exported.</summary>
    public static PlotModel Create(TrajectoryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var model = ChartStyle.CreateModel(input.Title, input.Subtitle ?? DefaultSubtitle);
        model.Axes.Add(ChartStyle.CreateLinearAxis(AxisPosition.Bottom, input.XAxisTitle));
        model.Axes.Add(ChartStyle.CreateLinearAxis(AxisPosition.Left, input.YAxisTitle));

        var groups = ChartStyle.AssignGroupColors(input.Points.Select(p => p.Policy), input.GroupOrder);

        // All bands before all lines, so no band paints over another policy's median.
        foreach (var group in groups)
        {
            var band = new AreaSeries
            {
                Title = group.Name + BandSuffix,
                RenderInLegend = false,
                Color = Palette.WithAlpha(group.Color, 160),
                Color2 = Palette.WithAlpha(group.Color, 160),
                StrokeThickness = 1.5,
                LineStyle = LineStyle.Dash,
                Fill = Palette.WithAlpha(group.Color, 28),
            };
            foreach (var p in PointsOf(input, group.Name))
            {
                band.Points.Add(new DataPoint(p.Week, p.P90));
                band.Points2.Add(new DataPoint(p.Week, p.P10));
            }

            model.Series.Add(band);
        }

        foreach (var group in groups)
        {
            var median = new LineSeries
            {
                Title = group.Name,
                Color = group.Color,
                StrokeThickness = ChartStyle.LineThickness,
            };
            median.Points.AddRange(PointsOf(input, group.Name).Select(p => new DataPoint(p.Week, p.Median)));
            model.Series.Add(median);
        }

        ChartStyle.AddLegend(model);
        return model;
    }

    private static IEnumerable<TrajectoryPoint> PointsOf(TrajectoryInput input, string policy) =>
        input.Points.Where(p => p.Policy == policy).OrderBy(p => p.Week);
}
