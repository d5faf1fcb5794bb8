using System.Text.Json;

namespace OtSim.Model.Scenarios;

/// <summary>Writes <c>staffing.vacancies</c> back with every default filled in (the resolved scenario).</summary>
internal static class VacancyWriter
{
    public static void Write(Utf8JsonWriter w, VacancySpec v)
    {
        w.WriteStartObject("vacancies");
        w.WriteStartArray("positions");
        foreach (var p in v.Positions)
        {
            w.WriteStartObject();
            w.WriteNumber("therapist", p.Therapist);
            w.WriteNumber("fromWeek", p.FromWeek);
            w.WriteNumber("toWeek", p.ToWeek);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("rate", v.Rate);
        w.WriteNumber("weeks", v.Weeks);
        w.WriteNumber("coverageShare", v.CoverageShare);
        if (v.ContractAfterWeeks is { } after)
        {
            w.WriteNumber("contractAfterWeeks", after);
        }
        else
        {
            w.WriteNull("contractAfterWeeks");
        }
        w.WriteNumber("contractCostPerWeek", v.ContractCostPerWeek);
        w.WriteEndObject();
    }
}
