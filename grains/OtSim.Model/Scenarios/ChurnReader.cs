namespace OtSim.Model.Scenarios;

/// <summary>Reads and writes the scenario's optional <c>churn</c> object (docs/SCENARIOS.md, "churn").</summary>
internal static class ChurnReader
{
    /// <summary>Reads <c>churn</c>; absent means <see cref="ChurnSpec.Off"/>.</summary>
    public static ChurnSpec Read(JsonFieldReader? reader)
    {
        if (reader is null)
        {
            return ChurnSpec.Off;
        }
        var d = ChurnSpec.Off;
        double move = reader.Number("moveAwayRatePerYear", 0, 1, d.MoveAwayRatePerYear);
        double referrals = reader.Number("referralsPerSchoolPerWeek", 0, 5, d.ReferralsPerSchoolPerWeek);
        int consent = reader.Integer("consentDelayWeeks", 0, 12, d.ConsentDelayWeeks);
        double hours = reader.Number("evaluationHours", 0.5, 40, d.EvaluationHours);
        int days = reader.Integer("evaluationTimelineDays", 1, 180, d.EvaluationTimelineDays);
        // null, like leaving the field out, is the federal rule: every calendar day counts.
        int? breaks = reader.HasValue("timelineExcludesBreaksOverSchoolDays")
            ? reader.Integer("timelineExcludesBreaksOverSchoolDays", 0, 50)
            : null;
        double eligible = reader.Number("eligibleShare", 0, 1, d.EligibleShare);
        reader.RejectUnknown("timelineExcludesBreaksOverSchoolDays");
        return new ChurnSpec(move, referrals, consent, hours, days, breaks, eligible);
    }

    /// <summary>Writes <c>churn</c> with every default filled in; nothing when churn is off, so such scenarios resolve as before.</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter w, ChurnSpec churn)
    {
        if (churn.IsOff)
        {
            return;
        }
        w.WriteStartObject("churn");
        w.WriteNumber("moveAwayRatePerYear", churn.MoveAwayRatePerYear);
        w.WriteNumber("referralsPerSchoolPerWeek", churn.ReferralsPerSchoolPerWeek);
        w.WriteNumber("consentDelayWeeks", churn.ConsentDelayWeeks);
        w.WriteNumber("evaluationHours", churn.EvaluationHours);
        w.WriteNumber("evaluationTimelineDays", churn.EvaluationTimelineDays);
        if (churn.TimelineExcludesBreaksOverSchoolDays is { } breaks)
        {
            w.WriteNumber("timelineExcludesBreaksOverSchoolDays", breaks);
        }
        w.WriteNumber("eligibleShare", churn.EligibleShare);
        w.WriteEndObject();
    }
}
