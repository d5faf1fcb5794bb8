using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Charts;

/// <summary>Box plot of an outcome per policy: box = middle half of students, thick line = median, white diamond = mean.</summary>
public static class PolicyComparisonChart
{
    /// <summary>Title of the series holding the policy means.</summary>
    public const string MeanTitle = "Mean";

    /// <summary>Builds the chart; nothing is exported.</summary>
    public static PlotModel Create(PolicyComparisonInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var model = ChartStyle.CreateModel(input.Title, input.Subtitle);
        var labels = input.Policies.Select(p => p.Policy).ToList();
        model.Axes.Add(ChartStyle.CreateCategoryAxis(AxisPosition.Bottom, input.XAxisTitle, labels));
        model.Axes.Add(ChartStyle.CreateLinearAxis(AxisPosition.Left, input.YAxisTitle));

        var colors = ChartStyle.AssignGroupColors(labels, input.GroupOrder).ToDictionary(g => g.Name, g => g.Color);
        for (var i = 0; i < input.Policies.Count; i++)
        {
            var policy = input.Policies[i];
            var color = colors[policy.Policy];

            // One series per policy so each box carries its policy's colour everywhere in the report.
            var series = new BoxPlotSeries
            {
                Title = policy.Policy,
                Fill = Palette.WithAlpha(color, 110),
                Stroke = color,
                StrokeThickness = 3,
                MedianThickness = 5,
                OutlierSize = ChartStyle.RawMarkerSize + 1,
                OutlierType = MarkerType.Circle,
                BoxWidth = 0.5,
                WhiskerWidth = 0.5,
            };
            var item = new BoxPlotItem(i, policy.LowerWhisker, policy.Q1, policy.Median, policy.Q3, policy.UpperWhisker)
            {
                Outliers = (policy.Outliers ?? []).ToList(),
            };
            series.Items.Add(item);
            model.Series.Add(series);
        }

        // OxyPlot's own mean dot takes the box fill and hides under the median, so means are a separate, high-contrast series.
        var means = new ScatterSeries
        {
            Title = MeanTitle,
            MarkerType = MarkerType.Diamond,
            MarkerSize = ChartStyle.MarkerSize + 2,
            MarkerFill = OxyColors.White,
            MarkerStroke = Palette.Black,
            MarkerStrokeThickness = 2.5,
        };
        for (var i = 0; i < input.Policies.Count; i++)
        {
            if (input.Policies[i].Mean is { } mean && double.IsFinite(mean))
            {
                means.Points.Add(new ScatterPoint(i, mean));
            }
        }

        model.Series.Add(means);
        model.IsLegendVisible = false;
        return model;
    }
}
