using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;

namespace OtSim.Analysis.Charts;

/// <summary>
/// Projector-readable defaults shared by every chart factory: fonts, sizes, line weights and axis set-up.
/// </summary>
public static class ChartStyle
{
    /// <summary>The one font used in every chart.</summary>
    public const string FontFamily = "DejaVu Sans";

    /// <summary>Title size in points.</summary>
    public const double TitleFontSize = 24;

    /// <summary>Subtitle size in points.</summary>
    public const double SubtitleFontSize = 18;

    /// <summary>Axis title size in points.</summary>
    public const double AxisTitleFontSize = 18;

    /// <summary>Axis tick label size in points.</summary>
    public const double AxisLabelFontSize = 16;

    /// <summary>Legend text size in points.</summary>
    public const double LegendFontSize = 16;

    /// <summary>Thickness of data lines.</summary>
    public const double LineThickness = 4;

    /// <summary>Marker radius for summary points (means, medians).</summary>
    public const double MarkerSize = 8;

    /// <summary>Marker radius for raw points, smaller because there are many of them.</summary>
    public const double RawMarkerSize = 5;

    /// <summary>
    /// Longest title line in characters: about 14 px per bold 24 pt character leaves a margin at 1280 px wide.
    /// </summary>
    public const int TitleWrapChars = 76;

    /// <summary>Longest subtitle line in characters.</summary>
    public const int SubtitleWrapChars = 100;

    /// <summary>Axis title for delivered minutes.</summary>
    public const string DeliveredMinutesTitle = "Delivered OT minutes per year";

    /// <summary>Axis title for progress.</summary>
    public const string ProgressTitle = "Progress (points, 0-100 scale)";

    /// <summary>
    /// Creates an empty plot model with the shared look and the caller's finding as title, word-wrapped so
    /// that it is never clipped at 1280 px.
    /// </summary>
    public static PlotModel CreateModel(string title, string? subtitle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var model = new PlotModel
        {
            Title = TextWrap.Wrap(title, TitleWrapChars),
            Subtitle = subtitle is null ? null : TextWrap.Wrap(subtitle, SubtitleWrapChars),
            DefaultFont = FontFamily,
            DefaultFontSize = AxisLabelFontSize,
            TitleFont = FontFamily,
            TitleFontSize = TitleFontSize,
            TitleFontWeight = FontWeights.Bold,
            SubtitleFont = FontFamily,
            SubtitleFontSize = SubtitleFontSize,
            TitleHorizontalAlignment = TitleHorizontalAlignment.CenteredWithinView,
            Background = OxyColors.White,
            PlotAreaBackground = OxyColors.White,
            TextColor = OxyColors.Black,
            TitleColor = OxyColors.Black,
            SubtitleColor = Palette.Neutral,
            PlotAreaBorderColor = Palette.Neutral,
            PlotAreaBorderThickness = new OxyThickness(0, 0, 0, 0),
            Padding = new OxyThickness(16, 12, 24, 12),
            Culture = CultureInfo.InvariantCulture,
        };
        model.DefaultColors = Palette.Series.ToList();
        return model;
    }

    /// <summary>
    /// Adds a large-font legend. The default, a single row above the plot area, never hides data,
    /// which matters more on a projector than the few pixels of height it costs.
    /// </summary>
    public static Legend AddLegend(
        PlotModel model,
        LegendPosition position = LegendPosition.TopCenter,
        LegendPlacement placement = LegendPlacement.Outside,
        LegendOrientation orientation = LegendOrientation.Horizontal)
    {
        ArgumentNullException.ThrowIfNull(model);
        var legend = new Legend
        {
            LegendPosition = position,
            LegendPlacement = placement,
            LegendOrientation = orientation,
            LegendFont = FontFamily,
            LegendFontSize = LegendFontSize,
            LegendTitleFontSize = LegendFontSize,
            LegendBackground = OxyColor.FromAColor(230, OxyColors.White),
            LegendBorder = placement == LegendPlacement.Inside ? Palette.Neutral : OxyColors.Transparent,
            LegendBorderThickness = 1,
            LegendSymbolLength = 36,
            LegendItemSpacing = 12,
            LegendPadding = 8,
            LegendColumnSpacing = 24,
        };
        model.Legends.Add(legend);
        return legend;
    }

    /// <summary>A linear axis with a unit-bearing title and large labels.</summary>
    public static LinearAxis CreateLinearAxis(AxisPosition position, string title, string? key = null)
    {
        var axis = new LinearAxis { Position = position, Title = title };
        if (key is not null)
        {
            axis.Key = key;
        }

        Apply(axis);
        return axis;
    }

    /// <summary>A category axis with the given labels, a unit-bearing title and large labels.</summary>
    public static CategoryAxis CreateCategoryAxis(AxisPosition position, string title, IEnumerable<string> labels, string? key = null)
    {
        var axis = new CategoryAxis { Position = position, Title = title, GapWidth = 0.4 };
        axis.Labels.AddRange(labels);
        if (key is not null)
        {
            axis.Key = key;
        }

        Apply(axis);
        axis.MajorGridlineStyle = LineStyle.None;
        return axis;
    }

    /// <summary>Applies the shared fonts, gridlines and tick styling to an axis.</summary>
    public static void Apply(Axis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        axis.Font = FontFamily;
        axis.FontSize = AxisLabelFontSize;
        axis.TitleFont = FontFamily;
        axis.TitleFontSize = AxisTitleFontSize;
        axis.TitleFontWeight = FontWeights.Bold;
        axis.AxislineStyle = LineStyle.Solid;
        axis.AxislineThickness = 1.5;
        axis.AxislineColor = Palette.Neutral;
        axis.TicklineColor = Palette.Neutral;
        axis.MajorGridlineStyle = LineStyle.Solid;
        axis.MajorGridlineColor = OxyColor.FromRgb(0xDD, 0xDD, 0xDD);
        axis.MinorGridlineStyle = LineStyle.None;
        axis.AxisTitleDistance = 10;
        axis.MinimumPadding = 0.03;
        axis.MaximumPadding = 0.03;
        axis.IsZoomEnabled = false;
        axis.IsPanEnabled = false;
    }

    /// <summary>
    /// Gives each group its colour by its name (<see cref="Palette.ForNames"/>), so the same policy looks the same in
    /// every chart, preset and report: groups named in <paramref name="preferredOrder"/> come first, the rest follow
    /// alphabetically.
    /// </summary>
    public static IReadOnlyList<GroupStyle> AssignGroupColors(IEnumerable<string> present, IReadOnlyList<string>? preferredOrder)
    {
        ArgumentNullException.ThrowIfNull(present);
        var distinct = present.Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var preferred = (preferredOrder ?? []).Distinct(StringComparer.Ordinal).ToList();
        var ordered = preferred.Where(distinct.Contains)
            .Concat(distinct.Except(preferred, StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .ToList();
        var colors = Palette.ForNames(ordered);
        var result = ordered.Select((name, i) => new GroupStyle(name, colors[i])).ToList();
        return result;
    }
}
