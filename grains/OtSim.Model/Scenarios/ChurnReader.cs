namespace OtSim.Model.Scenarios;

/// <summary>Reads and writes the scenario's optional <c>churn</c> object (docs/SCENARIOS.md, "A caseload that moves").</summary>
internal static class ChurnReader
{
    /// <summary>Reads <c>churn</c>; absent means <see cref="ChurnSpec.Off"/>.</summary>
    public static ChurnSpec Read(JsonFieldReader? reader)
    {
        if (reader is null)
        {
            return ChurnSpec.Off;
        }
        double move = reader.Number("moveAwayRatePerYear", 0, 1, 0);
        reader.RejectUnknown();
        return new ChurnSpec(move);
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
        w.WriteEndObject();
    }
}
