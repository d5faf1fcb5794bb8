using System.Globalization;

namespace OtSim.Client.Staffing;

/// <summary>What the staffing must achieve.</summary>
public enum TargetMetric
{
    /// <summary>Delivered / prescribed minutes over all students (0-1).</summary>
    Compliance,

    /// <summary>Share of students meeting their IEP goal (0-1).</summary>
    GoalsMet,
}

/// <summary>A staffing target such as <c>compliance&gt;=0.95</c> or <c>goals&gt;=0.5</c>.</summary>
/// <param name="Metric">The figure.</param>
/// <param name="Threshold">Its lowest acceptable value (a share, 0-1).</param>
public sealed record StaffingTarget(TargetMetric Metric, double Threshold)
{
    /// <summary>The figure's name as written in the target and in outputs.</summary>
    public string MetricName => Metric == TargetMetric.Compliance ? "compliance" : "goals";

    /// <summary>The target in words, such as "at least 95% of prescribed minutes delivered".</summary>
    public string Describe() => Metric == TargetMetric.Compliance
        ? string.Create(CultureInfo.InvariantCulture, $"at least {Threshold * 100:0.#}% of prescribed minutes delivered")
        : string.Create(CultureInfo.InvariantCulture, $"at least {Threshold * 100:0.#}% of students meeting their goal");

    /// <summary>The target as written, such as <c>compliance&gt;=0.95</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MetricName}>={Threshold:0.####}");

    /// <summary>Parses <c>compliance&gt;=0.95</c>, <c>goals&gt;=0.5</c> or <c>goals&gt;=50%</c>; null with <paramref name="error"/> when not allowed.</summary>
    public static StaffingTarget? TryParse(string text, out string error)
    {
        error = "";
        int at = text.IndexOf(">=", StringComparison.Ordinal);
        if (at < 0)
        {
            error = $"\"{text}\" is not allowed; write compliance>=0.95 or goals>=0.5 (a share from 0 to 1, or a percent such as 95%).";
            return null;
        }
        string name = text[..at].Trim().ToLowerInvariant();
        string value = text[(at + 2)..].Trim();
        TargetMetric? metric = name switch
        {
            "compliance" => TargetMetric.Compliance,
            "goals" or "goals-met" or "goals_met" => TargetMetric.GoalsMet,
            _ => null,
        };
        bool percent = value.EndsWith('%');
        if (metric is null || !double.TryParse(percent ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
        {
            error = $"\"{text}\" is not allowed; write compliance>=0.95 or goals>=0.5 (a share from 0 to 1, or a percent such as 95%).";
            return null;
        }
        double share = percent ? number / 100 : number;
        if (share is <= 0 or > 1)
        {
            error = $"\"{text}\": the target must be above 0 and at most 1 (or 100%).";
            return null;
        }
        return new StaffingTarget(metric.Value, share);
    }
}
