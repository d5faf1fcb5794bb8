using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Charts;

/// <summary>Scatter of delivered minutes against progress, coloured by policy, with the fitted line and its 95% band.</summary>
public static class MinutesProgressChart
{
    /// <summary>Legend text of the confidence band series.</summary>
    public const string BandTitle = "95% confidence band";

    /// <summary>Builds the chart; nothing is exported.</summary>
    public static PlotModel Create(MinutesProgressInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var model = ChartStyle.CreateModel(input.Title, input.Subtitle);
        model.Axes.Add(ChartStyle.CreateLinearAxis(AxisPosition.Bottom, input.XAxisTitle));
        model.Axes.Add(ChartStyle.CreateLinearAxis(AxisPosition.Left, input.YAxisTitle));

        // Band first so the points and line draw on top of it.
        var band = new AreaSeries
        {
            Title = BandTitle,
            Color = OxyColors.Transparent,
            Color2 = OxyColors.Transparent,
            Fill = Palette.WithAlpha(Palette.Neutral, 70),
            StrokeThickness = 0,
        };
        foreach (var p in input.ConfidenceBand.OrderBy(b => b.X))
        {
            band.Points.Add(new DataPoint(p.X, p.Upper));
            band.Points2.Add(new DataPoint(p.X, p.Lower));
        }

        model.Series.Add(band);

        foreach (var group in ChartStyle.AssignGroupColors(input.Points.Select(p => p.Group), input.GroupOrder))
        {
            var scatter = new ScatterSeries
            {
                Title = group.Name,
                MarkerType = MarkerType.Circle,
                MarkerSize = ChartStyle.RawMarkerSize,
                MarkerFill = Palette.WithAlpha(group.Color, 170),
                MarkerStroke = group.Color,
                MarkerStrokeThickness = 1,
            };
            foreach (var p in input.Points.Where(p => p.Group == group.Name))
            {
                scatter.Points.Add(new ScatterPoint(p.X, p.Y));
            }

            model.Series.Add(scatter);
        }

        var xs = input.Points.Select(p => p.X).Concat(input.ConfidenceBand.Select(b => b.X)).ToList();
        var line = new LineSeries
        {
            Title = input.Fit.Label,
            Color = Palette.Black,
            StrokeThickness = ChartStyle.LineThickness,
        };
        if (xs.Count > 0)
        {
            line.Points.Add(new DataPoint(xs.Min(), input.Fit.At(xs.Min())));
            line.Points.Add(new DataPoint(xs.Max(), input.Fit.At(xs.Max())));
        }

        model.Series.Add(line);
        ChartStyle.AddLegend(model);
        return model;
    }
}
