using System.Text.Json;

namespace OtSim.Model.Scenarios;

/// <summary>
/// Loads and validates a scenario file (JSON; schema in docs/scenario.schema.json). Any problem raises a
/// <see cref="ScenarioException"/> naming the file, field path, bad value and what is allowed.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads a scenario file from disk.</summary>
    public static Scenario Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ScenarioException(path, Directory.Exists(path)
                ? "is a folder; give the path of a scenario .json file"
                : "the scenario file does not exist");
        }
        string text = File.ReadAllText(path);
        string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var scenario = Parse(text, path, directory);
        Validate(scenario, path);
        return scenario;
    }

    /// <summary>Parses scenario text; <paramref name="file"/> names it in errors and <paramref name="directory"/> resolves relative paths.</summary>
    public static Scenario Parse(string text, string file, string directory)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ScenarioException(file, "the file is empty; a scenario is a JSON object (see docs/SCENARIOS.md)");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ScenarioException(file, $"is not valid JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {FirstSentence(ex.Message)}");
        }
        using (document)
        {
            DuplicateKeyCheck.Check(text, file);
            var root = new JsonFieldReader(file, "", document.RootElement);
            var scenario = Read(root, directory);
            root.RejectUnknown("$schema", "otsimVersion");
            return scenario;
        }
    }

    /// <summary>
    /// Checks a scenario as the grains will see it: its resolved form (every default filled in, command-line
    /// overrides applied) must pass the same rules as a file, so nothing fails after a run has started.
    /// </summary>
    /// <param name="scenario">The scenario about to run.</param>
    /// <param name="file">The scenario file, named in errors.</param>
    public static void Validate(Scenario scenario, string file)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Seed > ScenarioLimits.MaxSeed)
        {
            throw new ScenarioException(file, "seed", scenario.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"it must be from 0 to {ScenarioLimits.MaxSeed}");
        }
        // The experiment's design points were each loaded when it was read; the grains get plain scenarios.
        Parse(ScenarioWriter.ToJson(scenario with { Experiment = null }), file, ".");
    }

    private static Scenario Read(JsonFieldReader root, string directory)
    {
        string name = root.String("name");
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, @"\A[A-Za-z0-9_-][A-Za-z0-9._-]*\z"))
        {
            throw root.Error("name", $"\"{name}\"", "it is used as a folder name: letters, digits, '-', '_' and '.' (not first) only");
        }
        string description = root.String("description", "");
        double seed = root.Number("seed", 0, ScenarioLimits.MaxSeed, 1);
        if (seed != Math.Floor(seed))
        {
            throw root.Error("seed", JsonFieldReader.Format(seed), "it must be a whole number");
        }
        int replications = root.Integer("replications", 1, ScenarioLimits.MaxReplications, 1);
        var calendar = ReadCalendar(root.Object("calendar"));
        var district = ReadDistrict(root.Object("district"));
        var staffing = ReadStaffing(root.Object("staffing"), calendar.Weeks);
        var policies = PolicyReader.Read(root, directory);
        string baseline = root.String("baselinePolicy", policies[0].Name);
        if (policies.All(p => p.Name != baseline))
        {
            throw root.Error("baselinePolicy", $"\"{baseline}\"", $"it must name one of the policies: {string.Join(", ", policies.Select(p => p.Name))}");
        }
        var parameters = ReadParameters(root.OptionalObject("parameters"));
        ResponsiveReader.CheckReviews(root, calendar, policies);
        CheckPlanStudents(root, policies, district);
        var churn = ChurnReader.Read(root.OptionalObject("churn"));
        var monitoring = MonitoringReader.Read(root.OptionalObject("monitoring"));
        var experiment = Experiments.ExperimentReader.Read(root.OptionalObject("experiment"));
        var scenario = new Scenario(name, description, (ulong)seed, replications, baseline, calendar, district, staffing, policies, parameters, experiment, monitoring)
        {
            Churn = churn,
        };
        if (experiment is not null)
        {
            // Every design point goes through this loader, so a bad level fails now, before anything runs.
            Experiments.ExperimentDesign.Expand(scenario, root.File);
        }
        return scenario;
    }

    /// <summary>A plan for a student who does not exist is a typo; it must not leave the intended student on the default.</summary>
    private static void CheckPlanStudents(JsonFieldReader root, IReadOnlyList<PolicySpec> policies, DistrictSpec district)
    {
        for (int i = 0; i < policies.Count; i++)
        {
            if (policies[i].Plans is not { } plans)
            {
                continue;
            }
            foreach (long id in plans.Keys.Order())
            {
                long classroom = id / District.DistrictLayout.SeatsPerClassroomId;
                long seat = id % District.DistrictLayout.SeatsPerClassroomId;
                if (classroom < 1 || classroom > district.Classrooms || seat < 1 || seat > district.StudentsPerClassroom)
                {
                    string where = policies[i].PlansFile ?? root.File;
                    throw new ScenarioException(where, $"policies[{i}] plans, student_id", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        $"no such student in this district; ids are classroom_id * 100 + seat with classroom_id 1-{district.Classrooms} and seat 1-{district.StudentsPerClassroom}");
                }
            }
        }
    }

    private static CalendarSpec ReadCalendar(JsonFieldReader reader)
    {
        int weeks = reader.Integer("weeks", 1, 52, 36);
        var holidays = reader.IntegerList("holidayWeeks", 1, weeks);
        var testing = reader.IntegerList("testingWeeks", 1, weeks);
        if (holidays.Count >= weeks)
        {
            throw reader.Error("holidayWeeks", $"{holidays.Count} weeks", $"at least one of the {weeks} weeks must be a school week");
        }
        double disruption = reader.Number("disruptionRate", 0, 0.5, 0.02);
        int review = reader.Integer("reviewPeriodWeeks", 1, weeks, weeks);
        reader.RejectUnknown();
        return new CalendarSpec(weeks, holidays.Distinct().Order().ToArray(), testing.Distinct().Order().ToArray(), disruption, review);
    }

    private static DistrictSpec ReadDistrict(JsonFieldReader reader)
    {
        int schools = reader.Integer("schools", 1, 100_000);
        int classrooms = reader.Integer("classroomsPerSchool", 1, 500);
        int students = reader.Integer("studentsPerClassroom", 1, 99);
        int classSize = reader.Integer("classSize", students, ScenarioLimits.MaxClassSize, Math.Max(students, 24));
        if ((long)schools * classrooms * students > ScenarioLimits.MaxStudents)
        {
            throw reader.Error("schools", $"{(long)schools * classrooms * students} students in all", $"a scenario may have at most {ScenarioLimits.MaxStudents:N0} students");
        }
        var mix = reader.Object("severityMix");
        var severity = new Dictionary<SeverityBand, double>
        {
            [SeverityBand.Mild] = mix.Number("mild", 0, 1),
            [SeverityBand.Moderate] = mix.Number("moderate", 0, 1),
            [SeverityBand.Severe] = mix.Number("severe", 0, 1),
        };
        mix.RejectUnknown();
        double sum = severity.Values.Sum();
        if (Math.Abs(sum - 1) > 0.001)
        {
            throw reader.Error("severityMix", $"shares adding up to {JsonFieldReader.Format(sum)}", "mild + moderate + severe must add up to 1");
        }
        var collaboration = reader.Object("collaboration");
        double collabMean = collaboration.Number("mean", 0, 1);
        double collabSd = collaboration.Number("sd", 0, 0.5, 0.2);
        collaboration.RejectUnknown();
        var routine = reader.Object("routine");
        int blocks = routine.Integer("blocksPerWeek", 0, 40);
        int blockMinutes = routine.Integer("blockMinutes", 1, 120);
        routine.RejectUnknown();
        double absence = reader.Number("studentAbsenceRate", 0, 0.5, 0.07);
        reader.RejectUnknown();
        return new DistrictSpec(schools, classrooms, students, classSize, severity, collabMean, collabSd, blocks, blockMinutes, absence);
    }

    private static StaffingSpec ReadStaffing(JsonFieldReader reader, int weeks)
    {
        int therapists = reader.Integer("therapists", 1, 100_000);
        double fte = reader.Number("fte", 0.1, 1, 1);
        double contract = reader.Number("contractMinutesPerFte", 600, 3600, 2250);
        double workload = reader.Number("workloadMinutesPerFte", 0, contract, 678);
        double travel = reader.Number("travelMinutesPerVisit", 0, 240, 20);
        int visits = reader.Integer("visitsPerSchoolPerWeek", 0, 10, 2);
        double absence = reader.Number("absenceRate", 0, 0.5, 0.03);
        double salary = reader.Number("salaryPerFte", 0, 10_000_000, 0);
        var vacancies = VacancyReader.Read(reader.OptionalObject("vacancies"), therapists, weeks);
        reader.RejectUnknown();
        return new StaffingSpec(therapists, fte, contract, workload, travel, visits, absence, salary, vacancies);
    }

    private static ModelParameters ReadParameters(JsonFieldReader? reader)
    {
        var parameters = new ModelParameters();
        if (reader is null)
        {
            return parameters;
        }
        foreach (var (name, value) in reader.Properties())
        {
            var info = ParameterCatalog.Find(name)
                ?? throw reader.Error(name, "an unknown parameter", $"known parameters are: {string.Join(", ", ParameterCatalog.All.Select(p => p.Name))}");
            double number = reader.NumberAt(reader.Child(name), value, null, info.Min, info.Max);
            parameters = info.Set(parameters, number);
        }
        return parameters;
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends " Path: $ | LineNumber: 4 | BytePositionInLine: 15." (0-based); the message above
        // already gives the position 1-based. Without a JSON path it starts at " LineNumber:".
        foreach (string tail in new[] { " Path:", " LineNumber:" })
        {
            int cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }
        return message;
    }
}
