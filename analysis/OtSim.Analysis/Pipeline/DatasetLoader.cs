using OtSim.Analysis.Data;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Loads and validates what an analysis reads: an OtSim results folder, or a tidy CSV with user-named columns.
/// Every problem is a <see cref="DataFormatException"/> (naming file, column and row) or a
/// <see cref="PersonalDataException"/>, raised before anything is written.
/// </summary>
public static class DatasetLoader
{
    /// <summary>OtSim outcome columns the policy comparison reads besides the model variables.</summary>
    public static readonly IReadOnlyList<string> OtSimExtraColumns = ["goal_met", "gas_t_score", "compliance"];

    /// <summary>
    /// OtSim columns read when present (older results lack some): what a district records (attendance) and prescribed
    /// minutes, for the counterfactual contrast and the district-data models.
    /// </summary>
    public static readonly IReadOnlyList<string> OtSimOptionalNumeric =
        ["attendance_rate", "sessions_missed_absent", "prescribed_total_minutes"];

    /// <summary>OtSim label columns read when present: the pairing key (student, design point) and the recorded severity band.</summary>
    public static readonly IReadOnlyList<string> OtSimOptionalText = ["student_id", "severity_band", "design_point"];

    /// <summary>Loads an OtSim results folder (students.csv required; therapists.csv, weeks.csv, scenario.resolved.json optional).</summary>
    public static AnalysisInput LoadOtSim(string folder, bool allowPersonalData = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var studentsPath = Path.Combine(folder, "students.csv");
        if (!File.Exists(studentsPath))
        {
            throw new DataFormatException($"{folder}: no students.csv here; give an OtSim results folder or a CSV file", "students.csv");
        }

        var notes = new List<string>();
        var scenarioPath = Path.Combine(folder, "scenario.resolved.json");
        ScenarioInfo? scenario = File.Exists(scenarioPath) ? ScenarioInfo.Load(scenarioPath) : null;
        if (scenario is null)
        {
            notes.Add("scenario.resolved.json is missing: no costs, model parameters or baseline policy from the scenario.");
        }

        var table = PersonalDataGuard.Screen(TidyTable.Load(studentsPath), allowPersonalData);
        var factors = table.HasColumn("design_point")
            ? table.Columns.SkipWhile(c => c != "design_point").Skip(1).TakeWhile(c => c != "student_id").ToList()
            : [];
        var spec = AnalysisSpec.ForOtSim(scenario?.BaselinePolicy) with { DesignPoint = table.HasColumn("design_point") ? "design_point" : null };
        var extraNumeric = OtSimExtraColumns.Concat(OtSimOptionalNumeric.Where(table.HasColumn)).Concat(factors).ToList();
        var data = Extract(table, spec, extraNumeric, OtSimOptionalText.Where(table.HasColumn));

        var therapistsPath = Path.Combine(folder, "therapists.csv");
        var therapists = File.Exists(therapistsPath) ? TherapistRow.Load(therapistsPath) : null;
        if (therapists is null)
        {
            notes.Add("therapists.csv is missing: no staffing analysis.");
        }

        var weeksPath = Path.Combine(folder, "weeks.csv");
        var weeks = File.Exists(weeksPath) ? WeeklyPerformance.Summarise(weeksPath) : null;
        if (weeks is null)
        {
            notes.Add("weeks.csv is absent (large runs skip it; rerun with --weeks to write it): no weekly trajectory chart.");
        }

        return new AnalysisInput(spec, data, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), scenario, therapists, weeks, OtSimExtraColumns, notes)
        {
            Factors = factors,
        };
    }

    /// <summary>Loads a tidy CSV whose roles the user named on the command line.</summary>
    public static AnalysisInput LoadExternal(string csvPath, ExternalAnalysisOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(csvPath);
        ArgumentNullException.ThrowIfNull(options);
        var raw = TidyTable.Load(csvPath);
        var named = new[] { options.Outcome, options.Dose }.Concat(options.Covariates)
            .Concat(new[] { options.Cluster, options.Group }.OfType<string>());
        foreach (var column in named)
        {
            raw.GetText(column); // a clear error for a missing column before the personal-data check
        }

        var findings = PersonalDataGuard.Scan(raw);
        var used = findings.Where(f => named.Contains(f.Column, StringComparer.Ordinal)).ToList();
        if (used.Count > 0 && options.AllowPersonalData)
        {
            throw new DataFormatException(
                $"{raw.FileName}: column \"{used[0].Column}\" looks like personal data ({used[0].Reason}) and cannot be used in the analysis, even with {PersonalDataGuard.OverrideFlag}",
                raw.FileName,
                used[0].Column);
        }

        var table = PersonalDataGuard.Screen(raw, options.AllowPersonalData);
        var notes = new List<string>();
        if (findings.Count > 0)
        {
            notes.Add($"{findings.Count} column(s) that look like personal data were left out of every output.");
        }

        var spec = new AnalysisSpec(
            AnalysisSpec.ExternalSource,
            options.Outcome,
            options.Dose,
            [],
            options.Covariates,
            null,
            options.Cluster,
            null,
            null,
            options.Group,
            null,
            null);
        var data = Extract(table, spec, [], []);
        return new AnalysisInput(spec, data, table.FileName, null, null, null, [], notes);
    }

    private static AnalysisData Extract(TidyTable table, AnalysisSpec spec, IEnumerable<string> extra, IEnumerable<string> extraText)
    {
        var numeric = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var column in spec.NumericColumns().Concat(extra))
        {
            numeric[column] = table.GetNumeric(column);
        }

        var text = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var column in spec.TextColumns().Concat(extraText).Distinct(StringComparer.Ordinal))
        {
            var values = table.GetText(column).Select(v => v.Trim()).ToArray();
            int empty = Array.FindIndex(values, string.IsNullOrEmpty);
            if (empty >= 0)
            {
                throw new DataFormatException($"{table.FileName}: column \"{column}\", row {empty + 1} is empty", table.FileName, column, empty + 1, string.Empty);
            }

            text[column] = values;
        }

        if (table.RowCount < 5)
        {
            throw new DataFormatException($"{table.FileName}: only {table.RowCount} data rows; the analysis needs at least 5", table.FileName);
        }

        return new AnalysisData(table.RowCount, numeric, text);
    }
}
