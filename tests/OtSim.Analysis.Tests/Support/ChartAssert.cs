using OtSim.Analysis.Charts;
using OxyPlot;
using OxyPlot.Axes;

namespace OtSim.Analysis.Tests.Support;

/// <summary>Checks shared by every chart: projector-readable fonts, the one font family, unit-bearing axis titles.</summary>
public static class ChartAssert
{
    public static void IsProjectorReadable(PlotModel model, string expectedTitle)
    {
        Assert.Equal(expectedTitle, model.Title);
        Assert.Equal("DejaVu Sans", model.DefaultFont);
        Assert.True(model.TitleFontSize >= 20, $"title font {model.TitleFontSize}");
        Assert.Equal(OxyColors.White, model.Background);
        foreach (var axis in model.Axes)
        {
            Assert.False(string.IsNullOrWhiteSpace(axis.Title), $"axis at {axis.Position} has no title");
            Assert.True(axis.TitleFontSize >= 16, $"axis '{axis.Title}' title font {axis.TitleFontSize}");
            Assert.True(axis.FontSize >= 16, $"axis '{axis.Title}' label font {axis.FontSize}");
            Assert.Equal("DejaVu Sans", axis.Font);
        }

        foreach (var legend in model.Legends)
        {
            Assert.True(legend.LegendFontSize >= 16, $"legend font {legend.LegendFontSize}");
        }
    }

    public static Axis Axis(PlotModel model, AxisPosition position) => Assert.Single(model.Axes, a => a.Position == position);

    public static void HasUnit(Axis axis, string unit) =>
        Assert.Contains(unit, axis.Title, StringComparison.OrdinalIgnoreCase);

    public static void IsPaletteColor(OxyColor color) =>
        Assert.Contains(Palette.Series, c => c.R == color.R && c.G == color.G && c.B == color.B);
}
