using System.Globalization;
using OtSim.Analysis.Data;
using OtSim.Statistics;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Loads and validates what an analysis reads: an OtSim results folder, or a tidy CSV with user-named columns.
/// Every problem is a <see cref="DataFormatException"/> (naming file, column and row) or a
/// <see cref="PersonalDataException"/>, raised before anything is written: a missing or non-finite value, an outcome
/// or dose that never changes, values too large to square, or one column named for two roles.
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

    /// <summary>The columns of an OtSim students.csv that are not experiment factors (anything else in the file is one).</summary>
    private static readonly HashSet<string> StandardStudentColumns = new(
    [
        "design_point", "student_id", "classroom_id", "school_id", "therapist_id", "policy", "replication", "seed",
        "severity", "severity_band", "baseline", "prescribed_direct_minutes", "prescribed_integrated_minutes",
        "prescribed_consult_minutes", "prescribed_total_minutes", "delivered_direct_minutes", "delivered_integrated_minutes",
        "delivered_consult_minutes", "delivered_total_minutes", "compliance", "collaboration", "fidelity_end",
        "end_performance", "progress", "goal_met", "gas_level", "gas_t_score", "attendance_rate", "sessions_missed_absent",
        "entry_week", "exit_week", "exit_reason",
    ], StringComparer.Ordinal);

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

        var baseSpec = AnalysisSpec.ForOtSim(scenario?.BaselinePolicy);
        var used = baseSpec.NumericColumns().Concat(baseSpec.TextColumns()).Concat(OtSimExtraColumns)
            .Concat(OtSimOptionalNumeric).Concat(OtSimOptionalText).Concat(PartYearStudents.Columns).ToHashSet(StringComparer.Ordinal);
        // Experiment factor columns sit between design_point and student_id; they are not known before the header is read.
        var table = PersonalDataGuard.Screen(
            TidyTable.Load(studentsPath, CsvDialect.Default, c => used.Contains(c) || !StandardStudentColumns.Contains(c)), allowPersonalData);
        var factors = table.HasColumn("design_point")
            ? table.Columns.SkipWhile(c => c != "design_point").Skip(1).TakeWhile(c => c != "student_id").ToList()
            : [];
        var spec = baseSpec with { DesignPoint = table.HasColumn("design_point") ? "design_point" : null };
        var extraNumeric = OtSimExtraColumns.Concat(OtSimOptionalNumeric.Where(table.HasColumn)).Concat(factors).ToList();
        var data = PartYearStudents.Exclude(
            Extract(table, spec, extraNumeric, notes, extraText: OtSimOptionalText.Where(table.HasColumn)), PartYearStudents.Find(table), notes);

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

        var planChangesPath = Path.Combine(folder, "plan_changes.csv");
        return new AnalysisInput(spec, data, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), scenario, therapists, weeks, OtSimExtraColumns, notes)
        {
            Factors = factors,
            Caseload = CaseloadChurnAnalysis.Load(folder, scenario?.Weeks),
            PlanChanges = File.Exists(planChangesPath) ? PlanChangeRow.Load(planChangesPath) : null,
        };
    }

    /// <summary>Loads a tidy CSV whose roles the user named on the command line.</summary>
    public static AnalysisInput LoadExternal(string csvPath, ExternalAnalysisOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(csvPath);
        ArgumentNullException.ThrowIfNull(options);
        string fileName = Path.GetFileName(csvPath);
        RefuseSharedRoles(options, fileName);
        var named = new[] { options.Outcome, options.Dose }.Concat(options.Covariates)
            .Concat(new[] { options.Cluster, options.Group }.OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        var raw = TidyTable.Load(csvPath, options.Dialect ?? CsvDialect.Default, named.Contains);
        foreach (var column in named)
        {
            if (!raw.HasColumn(column))
            {
                raw.GetText(column); // a clear error for a missing column before the personal-data check
            }
        }

        var findings = PersonalDataGuard.Scan(raw);
        var used = findings.Where(f => named.Contains(f.Column)).ToList();
        if (used.Count > 0 && options.AllowPersonalData)
        {
            throw new DataFormatException(
                $"{raw.FileName}: column \"{used[0].Column}\" looks like personal data ({used[0].Reason}) and cannot be used in the analysis, even with {PersonalDataGuard.OverrideFlag}",
                raw.FileName,
                used[0].Column);
        }

        var table = PersonalDataGuard.Screen(raw, options.AllowPersonalData);
        var notes = new List<string>();
        if (table.RowNamesDropped)
        {
            notes.Add($"{table.FileName}: the first column has no name (row names, as R's write.csv writes them) and was left out.");
        }

        if (findings.Count > 0)
        {
            notes.Add($"{findings.Count} column(s) that look like personal data were left out of every output.");
        }

        var covariates = new List<string>();
        var factors = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var covariate in options.Covariates)
        {
            if (!table.IsText(covariate))
            {
                covariates.Add(covariate);
                continue;
            }

            var coded = CodeFactor(table, covariate, notes);
            for (int k = 0; k < coded.Terms.Count; k++)
            {
                if (table.HasColumn(coded.Terms[k]) || factors.ContainsKey(coded.Terms[k]))
                {
                    throw new DataFormatException(
                        $"{table.FileName}: text covariate \"{covariate}\" would be coded as \"{coded.Terms[k]}\", which is already a column; rename one of them",
                        table.FileName,
                        covariate);
                }

                factors[coded.Terms[k]] = coded.Dummies[k];
                covariates.Add(coded.Terms[k]);
            }
        }

        var spec = new AnalysisSpec(
            AnalysisSpec.ExternalSource,
            options.Outcome,
            options.Dose,
            [],
            covariates,
            null,
            options.Cluster,
            null,
            null,
            options.Group,
            null,
            null);
        var data = Extract(table, spec with { Covariates = covariates.Where(c => !factors.ContainsKey(c)).ToList() }, [], notes, factors);
        if (spec.Cluster is { } cluster && data.Label(cluster).Distinct(StringComparer.Ordinal).Take(2).Count() < 2)
        {
            notes.Add($"Cluster column \"{cluster}\" has a single value (\"{data.Label(cluster)[0]}\"): with one cluster there is no between-cluster variation to estimate, so there are no cluster-robust standard errors and no mixed model (lme4::lmer refuses it too: grouping factors must have > 1 sampled level). The models treat rows as independent (classical OLS standard errors).");
            spec = spec with { Cluster = null };
        }

        return new AnalysisInput(spec, data, table.FileName, null, null, null, [], notes);
    }

    private static void RefuseSharedRoles(ExternalAnalysisOptions options, string fileName)
    {
        var roles = new List<(string Role, string Column)> { ("--outcome", options.Outcome), ("--dose", options.Dose) };
        roles.AddRange(options.Covariates.Select(c => ("--covariates", c)));
        if (options.Cluster is { } cluster)
        {
            roles.Add(("--cluster", cluster));
        }

        if (options.Group is { } group && group != options.Cluster)
        {
            roles.Add(("--group", group));
        }

        foreach (var same in roles.GroupBy(r => r.Column, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var names = same.Select(r => r.Role).Distinct().ToList();
            string what = names.Count == 1 ? $"{names[0]} names it twice" : $"{string.Join(" and ", names)} both name it";
            throw new DataFormatException(
                $"{fileName}: column \"{same.Key}\" is given two roles ({what}); each column can play one role (only --group and --cluster may share one)",
                fileName,
                same.Key);
        }
    }

    private static FactorCoding.Coded CodeFactor(TidyTable table, string covariate, List<string> notes)
    {
        var values = table.GetText(covariate).Select(v => v.Trim()).ToArray();
        int empty = Array.FindIndex(values, v => v.Length == 0 || v == "NA");
        if (empty >= 0)
        {
            throw new DataFormatException(
                $"{table.FileName}: column \"{covariate}\", row {empty + 1} is empty or NA (line {table.LineOf(empty)} of the file); the analysis needs a value in every row",
                table.FileName, covariate, empty + 1, values[empty]);
        }

        var coded = FactorCoding.Encode(covariate, values);
        if (coded.Levels.Count > FactorCoding.MaxLevels)
        {
            throw new DataFormatException(
                $"{table.FileName}: covariate \"{covariate}\" is text with {coded.Levels.Count} different values (at most {FactorCoding.MaxLevels} as a factor covariate); is it an id? Use --cluster for a grouping column",
                table.FileName, covariate);
        }

        string levels = string.Join(", ", coded.Levels.Select(l => $"\"{l}\""));
        notes.Add(coded.Terms.Count == 0
            ? $"Covariate \"{covariate}\" is text with a single value ({levels}), so it cannot adjust anything and was left out."
            : $"Covariate \"{covariate}\" is text: dummy-coded as R's lm does (treatment contrasts), reference level \"{coded.Levels[0]}\" (levels sorted by character code: {levels}); terms {string.Join(", ", coded.Terms)}. In R: {FactorCoding.RCode(coded)}");
        return coded;
    }

    private static AnalysisData Extract(
        TidyTable table, AnalysisSpec spec, IEnumerable<string> extra, List<string> notes,
        IReadOnlyDictionary<string, double[]>? factors = null, IEnumerable<string>? extraText = null)
    {
        var numeric = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var column in spec.NumericColumns().Concat(extra))
        {
            numeric[column] = table.GetNumeric(column);
            CheckScale(table, column, numeric[column]);
        }

        foreach (var (column, values) in factors ?? new Dictionary<string, double[]>())
        {
            numeric[column] = values;
        }

        var text = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var column in spec.TextColumns().Concat(extraText ?? []).Distinct(StringComparer.Ordinal))
        {
            var values = table.GetText(column).Select(v => v.Trim()).ToArray();
            int empty = Array.FindIndex(values, v => v.Length == 0 || v == "NA");
            if (empty >= 0)
            {
                throw new DataFormatException(
                    $"{table.FileName}: column \"{column}\", row {empty + 1} is {(values[empty].Length == 0 ? "empty" : "NA")} (line {table.LineOf(empty)} of the file)",
                    table.FileName, column, empty + 1, values[empty]);
            }

            text[column] = values;
        }

        if (table.RowCount < 5)
        {
            throw new DataFormatException($"{table.FileName}: only {table.RowCount} data rows; the analysis needs at least 5", table.FileName);
        }

        RefuseConstant(table, spec.Outcome, numeric[spec.Outcome], "outcome", "nothing can be estimated about what predicts it");
        RefuseConstant(table, spec.Dose, numeric[spec.Dose], "dose", $"nothing can be said about whether more of it goes with more {spec.Outcome}");
        return new AnalysisData(table.RowCount, numeric, text);
    }

    private static void RefuseConstant(TidyTable table, string column, double[] values, string role, string consequence)
    {
        if (values.All(v => v == values[0]))
        {
            throw new DataFormatException(
                string.Create(CultureInfo.InvariantCulture, $"{table.FileName}: column \"{column}\" (the {role}) has the same value ({values[0]:G6}) in every row, so {consequence}"),
                table.FileName,
                column);
        }
    }

    private static void CheckScale(TidyTable table, string column, double[] values)
    {
        int largest = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (Math.Abs(values[i]) > Math.Abs(values[largest]))
            {
                largest = i;
            }
        }

        if (values.Length > 0 && !FitChecks.SquaresAreFinite(Math.Abs(values[largest]), values.Length))
        {
            throw new DataFormatException(
                string.Create(CultureInfo.InvariantCulture,
                    $"{table.FileName}: column \"{column}\", row {largest + 1}: {values[largest]:G6} is too large to analyse (its square overflows double precision; line {table.LineOf(largest)} of the file); rescale the column"),
                table.FileName,
                column,
                largest + 1,
                values[largest].ToString("R", CultureInfo.InvariantCulture));
        }
    }
}
