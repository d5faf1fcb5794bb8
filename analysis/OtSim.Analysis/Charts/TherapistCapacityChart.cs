using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OtSim.Analysis.Charts;

/// <summary>Therapist capacity against demand, as a scatter with the capacity line or as bars per therapist.</summary>
public static class TherapistCapacityChart
{
    private const string ThousandsFormat = "#,0";

    /// <summary>Legend text of therapists whose demand exceeds capacity.</summary>
    public const string OverTitle = "Over capacity";

    /// <summary>Legend text of therapists within capacity.</summary>
    public const string WithinTitle = "Within capacity";

    /// <summary>Legend text of the diagonal line.</summary>
    public const string CapacityLineTitle = "Demand = capacity";

    /// <summary>Legend text of the capacity bars.</summary>
    public const string CapacityBarsTitle = "Capacity";

    /// <summary>Legend text of the demand bars.</summary>
    public const string DemandBarsTitle = "Demand";

    /// <summary>
    /// Scatter of demand (y) against capacity (x) with the demand = capacity line; points above the line are
    /// over-committed therapists. Colour and marker shape both encode the status, so it survives greyscale.
    /// </summary>
    public static PlotModel CreateScatter(CapacityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var model = ChartStyle.CreateModel(input.Title, input.Subtitle);
        var all = input.Therapists.SelectMany(t => new[] { t.CapacityMinutes, t.DemandMinutes }).DefaultIfEmpty(1).ToList();
        var max = all.Max() * 1.05;
        var min = Math.Min(0, all.Min());
        var xAxis = ChartStyle.CreateLinearAxis(AxisPosition.Bottom, input.CapacityAxisTitle);
        var yAxis = ChartStyle.CreateLinearAxis(AxisPosition.Left, input.DemandAxisTitle);

        // Same range on both axes keeps the capacity line at 45 degrees, which is what the eye expects.
        foreach (var axis in new[] { xAxis, yAxis })
        {
            axis.StringFormat = ThousandsFormat;
            axis.Minimum = min;
            axis.Maximum = max;
            model.Axes.Add(axis);
        }

        model.Series.Add(new LineSeries
        {
            Title = CapacityLineTitle,
            Color = Palette.Black,
            StrokeThickness = 3,
            LineStyle = LineStyle.Dash,
            Points = { new DataPoint(min, min), new DataPoint(max, max) },
        });
        model.Series.Add(StatusSeries(WithinTitle, Palette.Blue, MarkerType.Circle, input.Therapists.Where(t => !t.IsOverCapacity)));
        model.Series.Add(StatusSeries(OverTitle, Palette.Vermillion, MarkerType.Triangle, input.Therapists.Where(t => t.IsOverCapacity)));
        ChartStyle.AddLegend(model);
        return model;
    }

    /// <summary>Horizontal bars per therapist, capacity next to demand; best for up to about 20 therapists.</summary>
    public static PlotModel CreateBars(CapacityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var model = ChartStyle.CreateModel(input.Title, input.Subtitle);
        var therapists = input.Therapists.ToList();

        // OxyPlot bar series are horizontal: categories on the left axis, values along the bottom.
        var categories = ChartStyle.CreateCategoryAxis(AxisPosition.Left, "Therapist", therapists.Select(t => t.TherapistId));
        categories.StartPosition = 1;
        categories.EndPosition = 0;
        model.Axes.Add(categories);
        var values = ChartStyle.CreateLinearAxis(AxisPosition.Bottom, "OT minutes per year");
        values.MinimumPadding = 0;
        values.StringFormat = ThousandsFormat;
        values.AbsoluteMinimum = 0;
        model.Axes.Add(values);

        var capacity = new BarSeries { Title = CapacityBarsTitle, FillColor = Palette.SkyBlue, StrokeThickness = 0 };
        capacity.Items.AddRange(therapists.Select(t => new BarItem(t.CapacityMinutes)));
        var demand = new BarSeries { Title = DemandBarsTitle, FillColor = Palette.Vermillion, StrokeThickness = 0 };
        demand.Items.AddRange(therapists.Select(t => new BarItem(t.DemandMinutes)));
        model.Series.Add(capacity);
        model.Series.Add(demand);
        ChartStyle.AddLegend(model);
        return model;
    }

    private static ScatterSeries StatusSeries(string title, OxyColor color, MarkerType marker, IEnumerable<TherapistLoad> therapists)
    {
        var series = new ScatterSeries
        {
            Title = title,
            MarkerType = marker,
            MarkerSize = ChartStyle.MarkerSize,
            MarkerFill = color,
            MarkerStroke = OxyColors.White,
            MarkerStrokeThickness = 1.5,
        };
        series.Points.AddRange(therapists.Select(t => new ScatterPoint(t.CapacityMinutes, t.DemandMinutes, tag: t.TherapistId)));
        return series;
    }
}
