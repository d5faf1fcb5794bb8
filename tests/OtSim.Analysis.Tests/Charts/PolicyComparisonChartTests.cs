using OtSim.Analysis.Charts;
using OtSim.Analysis.Tests.Support;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Tests.Charts;

public sealed class PolicyComparisonChartTests
{
    [Fact]
    public void One_box_per_policy_on_a_labelled_category_axis_plus_means()
    {
        var input = ChartInputs.PolicyComparison();
        var model = PolicyComparisonChart.Create(input);

        var boxes = model.Series.OfType<BoxPlotSeries>().ToList();
        Assert.Equal(SyntheticData.Policies, boxes.Select(b => b.Title));
        Assert.All(boxes, b => Assert.Single(b.Items));
        Assert.Equal([0.0, 1, 2], boxes.Select(b => b.Items[0].X));
        var categories = Assert.IsType<CategoryAxis>(ChartAssert.Axis(model, AxisPosition.Bottom));
        Assert.Equal(SyntheticData.Policies, categories.Labels);
        var means = Assert.Single(model.Series.OfType<ScatterSeries>());
        Assert.Equal(3, means.Points.Count);
        Assert.All(boxes, b => ChartAssert.IsPaletteColor(b.Stroke));
        Assert.Equal(3, boxes.Select(b => b.Stroke).Distinct().Count());
        ChartAssert.IsProjectorReadable(model, input.Title);
        ChartAssert.HasUnit(ChartAssert.Axis(model, AxisPosition.Left), "points");
    }

    [Fact]
    public void FromValues_computes_tukey_summary()
    {
        var d = PolicyDistribution.FromValues("p", [1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);

        Assert.Equal(3.25, d.Q1, 9);
        Assert.Equal(5.5, d.Median, 9);
        Assert.Equal(7.75, d.Q3, 9);
        Assert.Equal(1, d.LowerWhisker);
        Assert.Equal(9, d.UpperWhisker);
        Assert.Equal([100.0], d.Outliers!);
        Assert.Equal(14.5, d.Mean!.Value, 9);
    }

    [Fact]
    public void FromValues_rejects_empty_input_naming_the_policy()
    {
        var error = Assert.Throws<ArgumentException>(() => PolicyDistribution.FromValues("push_in", [double.NaN]));

        Assert.Contains("push_in", error.Message);
    }
}
