using System.Text;
using System.Text.Json;

namespace OtSim.Model.Scenarios;

/// <summary>
/// Writes a scenario back as JSON in the input format with every default filled in and per-student plans inline:
/// the resolved scenario saved with results for provenance, and the form grains receive.
/// </summary>
public static class ScenarioWriter
{
    /// <summary>The resolved scenario as indented JSON. <paramref name="programVersion"/> is recorded when given.</summary>
    public static string ToJson(Scenario scenario, string? programVersion = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            if (programVersion is not null)
            {
                w.WriteString("otsimVersion", programVersion);
            }
            w.WriteString("name", scenario.Name);
            w.WriteString("description", scenario.Description);
            w.WriteNumber("seed", scenario.Seed);
            w.WriteNumber("replications", scenario.Replications);
            w.WriteString("baselinePolicy", scenario.BaselinePolicy);
            WriteCalendar(w, scenario.Calendar);
            WriteDistrict(w, scenario.District);
            WriteStaffing(w, scenario.Staffing);
            w.WriteStartArray("policies");
            foreach (var policy in scenario.Policies)
            {
                WritePolicy(w, policy);
            }
            w.WriteEndArray();
            w.WriteStartObject("parameters");
            foreach (var info in ParameterCatalog.All)
            {
                w.WriteNumber(info.Name, info.Get(scenario.Parameters));
            }
            w.WriteEndObject();
            ChurnReader.Write(w, scenario.Churn);
            MonitoringReader.Write(w, scenario.Monitoring ?? MonitoringSpec.Default);
            if (scenario.Experiment is not null)
            {
                WriteExperiment(w, scenario.Experiment);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteCalendar(Utf8JsonWriter w, CalendarSpec c)
    {
        w.WriteStartObject("calendar");
        w.WriteNumber("weeks", c.Weeks);
        WriteInts(w, "holidayWeeks", c.HolidayWeeks);
        WriteInts(w, "testingWeeks", c.TestingWeeks);
        w.WriteNumber("disruptionRate", c.DisruptionRate);
        w.WriteNumber("reviewPeriodWeeks", c.ReviewPeriodWeeks ?? c.Weeks);
        w.WriteEndObject();
    }

    private static void WriteDistrict(Utf8JsonWriter w, DistrictSpec d)
    {
        w.WriteStartObject("district");
        w.WriteNumber("schools", d.Schools);
        w.WriteNumber("classroomsPerSchool", d.ClassroomsPerSchool);
        w.WriteNumber("studentsPerClassroom", d.StudentsPerClassroom);
        w.WriteNumber("classSize", d.ClassSize);
        w.WriteStartObject("severityMix");
        w.WriteNumber("mild", d.SeverityMix[SeverityBand.Mild]);
        w.WriteNumber("moderate", d.SeverityMix[SeverityBand.Moderate]);
        w.WriteNumber("severe", d.SeverityMix[SeverityBand.Severe]);
        w.WriteEndObject();
        w.WriteStartObject("collaboration");
        w.WriteNumber("mean", d.CollaborationMean);
        w.WriteNumber("sd", d.CollaborationSd);
        w.WriteEndObject();
        w.WriteStartObject("routine");
        w.WriteNumber("blocksPerWeek", d.RoutineBlocksPerWeek);
        w.WriteNumber("blockMinutes", d.RoutineBlockMinutes);
        w.WriteEndObject();
        w.WriteNumber("studentAbsenceRate", d.StudentAbsenceRate);
        w.WriteEndObject();
    }

    private static void WriteStaffing(Utf8JsonWriter w, StaffingSpec s)
    {
        w.WriteStartObject("staffing");
        w.WriteNumber("therapists", s.Therapists);
        w.WriteNumber("fte", s.Fte);
        w.WriteNumber("contractMinutesPerFte", s.ContractMinutesPerFte);
        w.WriteNumber("workloadMinutesPerFte", s.WorkloadMinutesPerFte);
        w.WriteNumber("travelMinutesPerVisit", s.TravelMinutesPerVisit);
        w.WriteNumber("visitsPerSchoolPerWeek", s.VisitsPerSchoolPerWeek);
        w.WriteNumber("absenceRate", s.AbsenceRate);
        w.WriteNumber("salaryPerFte", s.SalaryPerFte);
        VacancyWriter.Write(w, s.VacancyPlan);
        w.WriteEndObject();
    }

    private static void WritePolicy(Utf8JsonWriter w, PolicySpec p)
    {
        w.WriteStartObject();
        w.WriteString("name", p.Name);
        w.WriteString("kind", PolicyReader.KindName(p.Kind));
        WriteMinutes(w, p.Minutes);
        w.WriteNumber("sessionsPerWeek", p.SessionsPerWeek);
        w.WriteNumber("groupSize", p.GroupSize);
        if (p.BySeverity is not null)
        {
            w.WriteStartObject("bySeverity");
            foreach (var band in new[] { SeverityBand.Mild, SeverityBand.Moderate, SeverityBand.Severe })
            {
                w.WriteStartObject(band.ToString().ToLowerInvariant());
                WriteMinutes(w, p.BySeverity[band]);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        if (p.Responsive is not null)
        {
            ResponsiveReader.Write(w, p.Responsive);
        }
        if (p.Plans is not null)
        {
            w.WriteStartArray("plans");
            foreach (var (studentId, minutes) in p.Plans.OrderBy(kv => kv.Key))
            {
                w.WriteStartObject();
                w.WriteNumber("studentId", studentId);
                WriteMinutes(w, minutes);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteMinutes(Utf8JsonWriter w, ServiceMinutes m)
    {
        w.WriteNumber("direct", m.Direct);
        w.WriteNumber("integrated", m.Integrated);
        w.WriteNumber("consult", m.Consult);
    }

    private static void WriteExperiment(Utf8JsonWriter w, Experiments.ExperimentSpec e)
    {
        w.WriteStartObject("experiment");
        if (e.Factors.Count > 0)
        {
            w.WriteStartArray("factors");
            foreach (var f in e.Factors)
            {
                w.WriteStartObject();
                w.WriteString("name", f.Name);
                w.WriteString("path", f.Path);
                w.WriteStartArray("levels");
                foreach (string level in f.Levels)
                {
                    using var doc = JsonDocument.Parse(level);
                    doc.RootElement.WriteTo(w);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (e.LatinHypercube is { } lhs)
        {
            w.WriteStartObject("latinHypercube");
            w.WriteNumber("samples", lhs.Samples);
            w.WriteNumber("seed", lhs.Seed);
            WriteRanges(w, lhs.Ranges);
            w.WriteEndObject();
        }
        if (e.Sobol is { } sobol)
        {
            w.WriteStartObject("sobol");
            w.WriteNumber("samples", sobol.Samples);
            w.WriteNumber("seed", sobol.Seed);
            w.WriteBoolean("secondOrder", sobol.SecondOrder);
            WriteRanges(w, sobol.Ranges);
            w.WriteEndObject();
        }
        if (e.Morris is { } morris)
        {
            w.WriteStartObject("morris");
            w.WriteNumber("trajectories", morris.Trajectories);
            w.WriteNumber("levels", morris.Levels);
            w.WriteNumber("seed", morris.Seed);
            WriteRanges(w, morris.Ranges);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteRanges(Utf8JsonWriter w, IReadOnlyList<Experiments.RangeSpec> ranges)
    {
        w.WriteStartArray("ranges");
        foreach (var r in ranges)
        {
            w.WriteStartObject();
            w.WriteString("name", r.Name);
            w.WriteString("path", r.Path);
            w.WriteNumber("min", r.Min);
            w.WriteNumber("max", r.Max);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteInts(Utf8JsonWriter w, string name, IReadOnlyList<int> values)
    {
        w.WriteStartArray(name);
        foreach (int value in values)
        {
            w.WriteNumberValue(value);
        }
        w.WriteEndArray();
    }
}
