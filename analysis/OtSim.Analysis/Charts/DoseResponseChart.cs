using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Charts;

/// <summary>Dose-response: mean progress per band of delivered minutes with 95% CI whiskers and a smooth curve.</summary>
public static class DoseResponseChart
{
    /// <summary>Legend text of the band means.</summary>
    public const string MeansTitle = "Mean progress in minutes band, with 95% confidence interval";

    /// <summary>Title of the whisker series (not shown in the legend; the means' entry names the interval).</summary>
    public const string IntervalTitle = "95% confidence interval";

    /// <summary>Legend text of the smooth curve.</summary>
    public const string CurveTitle = "Smoothed trend";

    /// <summary>Builds the chart; nothing is exported.</summary>
    public static PlotModel Create(DoseResponseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var model = ChartStyle.CreateModel(input.Title, input.Subtitle);
        var bands = input.Bands.OrderBy(b => b.Minutes).ToList();
        var xAxis = ChartStyle.CreateLinearAxis(AxisPosition.Bottom, input.XAxisTitle);
        xAxis.MinimumPadding = 0.06;
        xAxis.MaximumPadding = 0.06;
        model.Axes.Add(xAxis);
        var yAxis = ChartStyle.CreateLinearAxis(AxisPosition.Left, input.YAxisTitle);
        SetValueRange(yAxis, bands, input.Curve, input.ShowCounts);
        model.Axes.Add(yAxis);

        var curve = new LineSeries
        {
            Title = CurveTitle,
            Color = Palette.Orange,
            StrokeThickness = ChartStyle.LineThickness,
            LineStyle = LineStyle.Solid,
        };
        if (input.Curve is { } points)
        {
            curve.Points.AddRange(points.OrderBy(p => p.X));
        }
        else
        {
            curve.InterpolationAlgorithm = InterpolationAlgorithms.CatmullRomSpline;
            curve.Points.AddRange(bands.Select(b => new DataPoint(b.Minutes, b.MeanProgress)));
        }

        model.Series.Add(curve);

        // The whisker series is centred on the interval, not the mean, so asymmetric intervals draw correctly.
        var whiskers = new ScatterErrorSeries
        {
            Title = IntervalTitle,
            RenderInLegend = false,
            MarkerType = MarkerType.None,
            ErrorBarColor = Palette.Blue,
            ErrorBarStrokeThickness = 3,
            ErrorBarStopWidth = 10,
        };
        whiskers.Points.AddRange(bands.Select(b =>
            new ScatterErrorPoint(b.Minutes, (b.CiLower + b.CiUpper) / 2, 0, Math.Abs(b.CiUpper - b.CiLower) / 2)));
        model.Series.Add(whiskers);

        var means = new ScatterSeries
        {
            Title = MeansTitle,
            MarkerType = MarkerType.Circle,
            MarkerSize = ChartStyle.MarkerSize,
            MarkerFill = Palette.Blue,
            MarkerStroke = OxyColors.White,
            MarkerStrokeThickness = 2,
        };
        means.Points.AddRange(bands.Select(b => new ScatterPoint(b.Minutes, b.MeanProgress)));
        model.Series.Add(means);

        if (input.ShowCounts)
        {
            foreach (var band in bands)
            {
                model.Annotations.Add(new TextAnnotation
                {
                    Text = string.Create(CultureInfo.InvariantCulture, $"n = {band.Count}"),
                    TextPosition = new DataPoint(band.Minutes, band.CiLower),
                    TextVerticalAlignment = VerticalAlignment.Top,
                    TextHorizontalAlignment = HorizontalAlignment.Center,
                    Offset = new ScreenVector(0, 10),
                    FontSize = ChartStyle.AxisLabelFontSize,
                    Font = ChartStyle.FontFamily,
                    TextColor = Palette.Neutral,
                    Stroke = OxyColors.Transparent,
                    Background = OxyColors.Transparent,
                });
            }
        }

        ChartStyle.AddLegend(model);
        return model;
    }

    // Error bars do not widen OxyPlot's automatic range, so the range is set from the intervals themselves.
    private static void SetValueRange(Axis axis, IReadOnlyList<DoseBand> bands, IReadOnlyList<DataPoint>? curve, bool showCounts)
    {
        var values = bands.SelectMany(b => new[] { b.CiLower, b.CiUpper, b.MeanProgress })
            .Concat((curve ?? []).Select(p => p.Y))
            .Where(double.IsFinite)
            .ToList();
        if (values.Count == 0)
        {
            return;
        }

        var low = values.Min();
        var high = values.Max();
        var span = Math.Max(high - low, 1e-6);

        // Extra room below for the "n = ..." labels that hang under each interval.
        axis.Minimum = low - (span * (showCounts ? 0.18 : 0.06));
        axis.Maximum = high + (span * 0.06);
    }
}
