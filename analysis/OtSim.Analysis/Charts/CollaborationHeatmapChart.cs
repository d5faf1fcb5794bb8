using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Charts;

/// <summary>Heatmap of mean progress by delivered-minutes band (x) and teacher-collaboration band (y).</summary>
public static class CollaborationHeatmapChart
{
    /// <summary>Key of the colour axis.</summary>
    public const string ColorAxisKey = "progress-colour";

    /// <summary>Builds the chart; nothing is exported.</summary>
    public static PlotModel Create(HeatmapInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var columns = input.MeanProgress.GetLength(0);
        var rows = input.MeanProgress.GetLength(1);
        if (columns != input.MinutesBands.Count || rows != input.CollaborationBands.Count)
        {
            throw new ArgumentException(
                $"The grid is {columns}x{rows} but there are {input.MinutesBands.Count} minutes bands and " +
                $"{input.CollaborationBands.Count} collaboration bands.",
                nameof(input));
        }

        if (columns == 0 || rows == 0)
        {
            throw new ArgumentException("The heatmap needs at least one band on each axis.", nameof(input));
        }

        var model = ChartStyle.CreateModel(input.Title, input.Subtitle);
        model.Axes.Add(ChartStyle.CreateCategoryAxis(AxisPosition.Bottom, input.XAxisTitle, input.MinutesBands));
        model.Axes.Add(ChartStyle.CreateCategoryAxis(AxisPosition.Left, input.YAxisTitle, input.CollaborationBands));
        foreach (var axis in model.Axes)
        {
            axis.MinimumPadding = 0;
            axis.MaximumPadding = 0;
        }

        var colorAxis = new LinearColorAxis
        {
            Key = ColorAxisKey,
            Position = AxisPosition.Right,
            Title = input.ColorAxisTitle,
            Palette = Palette.Sequential(),
            InvalidNumberColor = OxyColor.FromRgb(0xE0, 0xE0, 0xE0),
            HighColor = OxyColors.Undefined,
            LowColor = OxyColors.Undefined,
        };
        ChartStyle.Apply(colorAxis);
        colorAxis.MajorGridlineStyle = LineStyle.None;
        colorAxis.MinimumPadding = 0;
        colorAxis.MaximumPadding = 0;
        model.Axes.Add(colorAxis);

        var heatmap = new HeatMapSeries
        {
            // Rectangles, not a bitmap: browsers smooth an embedded 3x3 image into gradients.
            RenderMethod = HeatMapRenderMethod.Rectangles,
            X0 = 0,
            X1 = columns - 1,
            Y0 = 0,
            Y1 = rows - 1,
            CoordinateDefinition = HeatMapCoordinateDefinition.Center,
            Interpolate = false,
            Data = (double[,])input.MeanProgress.Clone(),
            ColorAxisKey = ColorAxisKey,
            LabelFormatString = input.CellLabelFormat,
            LabelFontSize = 0.25,
            Font = ChartStyle.FontFamily,
        };
        model.Series.Add(heatmap);
        model.IsLegendVisible = false;
        return model;
    }
}
