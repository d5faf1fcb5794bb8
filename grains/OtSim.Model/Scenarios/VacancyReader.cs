using System.Text.Json;

namespace OtSim.Model.Scenarios;

/// <summary>Reads <c>staffing.vacancies</c> (docs/SCENARIOS.md, "Vacancies and leave").</summary>
internal static class VacancyReader
{
    public static VacancySpec Read(JsonFieldReader? reader, int therapists, int weeks)
    {
        if (reader is null)
        {
            return VacancySpec.None;
        }
        var positions = ReadPositions(reader, therapists, weeks);
        double rate = reader.Number("rate", 0, 0.5, 0);
        // Not limited to the calendar: a resolved scenario keeps the default even for a short year; the schedule cuts it to the year.
        int length = reader.Integer("weeks", 1, 52, VacancySpec.DefaultWeeks);
        double share = reader.Number("coverageShare", 0, 1, 0);
        // Missing or null: no contract therapist ever fills the position.
        int after = reader.Integer("contractAfterWeeks", 0, weeks, -1);
        int? contractAfter = after < 0 ? null : after;
        double contractCost = reader.Number("contractCostPerWeek", 0, 100_000, 0);
        reader.RejectUnknown();
        return new VacancySpec(positions, rate, length, share, contractAfter, contractCost);
    }

    private static List<VacantPosition> ReadPositions(JsonFieldReader reader, int therapists, int weeks)
    {
        var list = new List<VacantPosition>();
        if (!reader.Has("positions"))
        {
            // Absent: no positions listed; still named among the allowed fields in errors.
            _ = reader.OptionalObject("positions");
            return list;
        }
        var array = reader.Required("positions");
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw reader.Error("positions", JsonFieldReader.Describe(array), "it must be a list of { therapist, fromWeek, toWeek }");
        }
        int index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var entry = new JsonFieldReader(reader.File, $"{reader.Child("positions")}[{index++}]", item);
            int therapist = entry.Integer("therapist", 1, therapists);
            int from = entry.Integer("fromWeek", 1, weeks);
            int to = entry.Integer("toWeek", from, weeks);
            entry.RejectUnknown();
            list.Add(new VacantPosition(therapist, from, to));
        }
        return list;
    }
}
