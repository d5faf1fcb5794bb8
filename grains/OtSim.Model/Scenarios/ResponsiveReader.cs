using System.Text.Json;

namespace OtSim.Model.Scenarios;

/// <summary>Reads and writes a responsive policy's <c>responsive</c> block, and refuses a year with no review to respond at.</summary>
internal static class ResponsiveReader
{
    private static readonly Dictionary<string, ResponsiveStep> Steps = new(StringComparer.Ordinal)
    {
        ["more-minutes"] = ResponsiveStep.MoreMinutes,
        ["push-in"] = ResponsiveStep.PushIn,
    };

    public static ResponsiveSpec Read(JsonFieldReader? reader)
    {
        if (reader is null)
        {
            return ResponsiveSpec.Default;
        }
        var d = ResponsiveSpec.Default;
        double below = reader.Number("belowAimPoints", 0, 100, d.BelowAimPoints);
        double step = reader.Number("stepMinutes", 0, ScenarioLimits.MaxWeeklyMinutes, d.StepMinutes);
        double cap = reader.Number("capMinutes", 0, ScenarioLimits.MaxWeeklyMinutes, d.CapMinutes);
        string stepText = reader.String("step", StepName(d.Step));
        if (!Steps.TryGetValue(stepText, out var kind))
        {
            throw reader.Error("step", $"\"{stepText}\"", $"allowed steps are: {string.Join(", ", Steps.Keys)}");
        }
        double fade = reader.Number("fadeConsultMinutes", 0, ScenarioLimits.MaxWeeklyMinutes, d.FadeConsultMinutes);
        int points = reader.Integer("minDataPoints", 2, 100, d.MinDataPoints);
        reader.RejectUnknown();
        return new ResponsiveSpec(below, step, cap, kind, fade, points);
    }

    public static void Write(Utf8JsonWriter w, ResponsiveSpec r)
    {
        w.WriteStartObject("responsive");
        w.WriteNumber("belowAimPoints", r.BelowAimPoints);
        w.WriteNumber("stepMinutes", r.StepMinutes);
        w.WriteNumber("capMinutes", r.CapMinutes);
        w.WriteString("step", StepName(r.Step));
        w.WriteNumber("fadeConsultMinutes", r.FadeConsultMinutes);
        w.WriteNumber("minDataPoints", r.MinDataPoints);
        w.WriteEndObject();
    }

    /// <summary>A responsive policy changes plans only between review periods: a year reviewed once has nothing to respond to.</summary>
    public static void CheckReviews(JsonFieldReader root, CalendarSpec calendar, IReadOnlyList<PolicySpec> policies)
    {
        var responsive = policies.FirstOrDefault(p => p.Kind == PolicyKind.Responsive);
        int review = calendar.ReviewPeriodWeeks ?? calendar.Weeks;
        if (responsive is not null && review >= calendar.Weeks)
        {
            throw new ScenarioException(root.File, root.Child("calendar.reviewPeriodWeeks"), $"{review} (the whole year)",
                $"policy \"{responsive.Name}\" is responsive and changes plans only at reviews between periods; give a period shorter than the year, e.g. 9 for quarterly reviews");
        }
    }

    private static string StepName(ResponsiveStep step) => Steps.First(s => s.Value == step).Key;
}
