using System.Text.Json;

namespace OtSim.Model.Scenarios;

/// <summary>Reads and writes the scenario's optional <c>monitoring</c> block (docs/SCENARIOS.md, "Progress monitoring").</summary>
internal static class MonitoringReader
{
    public static MonitoringSpec Read(JsonFieldReader? reader)
    {
        if (reader is null)
        {
            return MonitoringSpec.Default;
        }
        var d = MonitoringSpec.Default;
        int every = reader.Integer("everySchoolWeeks", 1, 52, d.EverySchoolWeeks);
        double minutes = reader.Number("minutesPerDataPoint", 0, 120, d.MinutesPerDataPoint);
        double noise = reader.Number("offRoutineNoiseFactor", 1, 10, d.OffRoutineNoiseFactor);
        double cost = reader.Number("offRoutineCostFactor", 1, 10, d.OffRoutineCostFactor);
        reader.RejectUnknown();
        return new MonitoringSpec(every, minutes, noise, cost);
    }

    public static void Write(Utf8JsonWriter w, MonitoringSpec m)
    {
        w.WriteStartObject("monitoring");
        w.WriteNumber("everySchoolWeeks", m.EverySchoolWeeks);
        w.WriteNumber("minutesPerDataPoint", m.MinutesPerDataPoint);
        w.WriteNumber("offRoutineNoiseFactor", m.OffRoutineNoiseFactor);
        w.WriteNumber("offRoutineCostFactor", m.OffRoutineCostFactor);
        w.WriteEndObject();
    }
}
