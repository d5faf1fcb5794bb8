using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OtSim.Analysis.Export;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// From a dataset to <c>analysis.json</c>, <c>charts/*.svg</c> + <c>charts/*.png</c> and <c>report.html</c>:
/// load and validate, fit, summarise, draw, render everything in memory, then write atomically.
/// </summary>
public static class AnalysisPipeline
{
    /// <summary>Version of the analysis.json shape.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new FiniteDoubleConverter() },
    };

    /// <summary>Analyses an OtSim results folder and writes the outputs to <paramref name="outputDirectory"/> (default: the folder itself).</summary>
    /// <param name="folder">The results folder (students.csv, therapists.csv, weeks.csv, scenario.resolved.json).</param>
    /// <param name="outputDirectory">Where to write; null writes into <paramref name="folder"/>.</param>
    /// <param name="command">The command line, recorded for provenance.</param>
    /// <param name="allowPersonalData">Proceed when columns look like personal data (they are still dropped).</param>
    /// <param name="datasetName">Name to record for the dataset (e.g. the final folder name while writing into a staging folder).</param>
    /// <param name="cancellationToken">Stops the analysis between steps (Ctrl+C); nothing is written then.</param>
    public static AnalysisDocument AnalyseOtSimFolder(string folder, string? outputDirectory, string command, bool allowPersonalData = false, string? datasetName = null, CancellationToken cancellationToken = default)
    {
        var input = new StepTimer().Time("load", () => DatasetLoader.LoadOtSim(folder, allowPersonalData));
        if (datasetName is not null)
        {
            input = input with { SourceName = datasetName };
        }

        return Run(input, outputDirectory ?? folder, command, cancellationToken, sensitivityFolder: folder);
    }

    /// <summary>Analyses a user's tidy CSV and writes the outputs to <paramref name="outputDirectory"/>.</summary>
    public static AnalysisDocument AnalyseCsv(string csvPath, ExternalAnalysisOptions options, string outputDirectory, string command, CancellationToken cancellationToken = default)
    {
        var input = DatasetLoader.LoadExternal(csvPath, options);
        return Run(input, outputDirectory, command, cancellationToken);
    }

    /// <summary>Analyses loaded input and writes the outputs.</summary>
    /// <remarks><c>sensitivityFolder</c> is a results folder whose scenario may have a Sobol or Morris design; null for other inputs.</remarks>
    public static AnalysisDocument Run(
        AnalysisInput input, string outputDirectory, string command, CancellationToken cancellationToken = default, string? sensitivityFolder = null)
    {
        var (document, rendered) = Render(input, command, cancellationToken, sensitivityFolder);
        cancellationToken.ThrowIfCancellationRequested();
        AnalysisOutputWriter.Write(outputDirectory, rendered);
        return document;
    }

    /// <summary>Computes every result without rendering charts or files (tests, and callers that only need the figures).</summary>
    public static AnalysisDocument Analyse(AnalysisInput input, string command) => Compute(input, command, CancellationToken.None).Document;

    /// <summary>Computes every result and renders every output in memory, writing nothing.</summary>
    public static (AnalysisDocument Document, AnalysisOutputWriter.Rendered Rendered) Render(
        AnalysisInput input, string command, CancellationToken cancellationToken = default, string? sensitivityFolder = null)
    {
        var (document, charts, table) = Compute(input, command, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        // Sensitivity indices read this run's design-point outcomes (the table just computed), so they come after it.
        var sensitivity = sensitivityFolder is null
            ? null
            : new StepTimer().Time("sensitivity", () => Sensitivity.SensitivityRunner.Run(sensitivityFolder, table));
        if (sensitivity is not null)
        {
            document = document with { Summary = document.Summary with { Paragraphs = [.. document.Summary.Paragraphs, sensitivity.SummarySentence] } };
        }

        var timer = new StepTimer();
        var files = timer.Time("render charts", () =>
        {
            var rendered = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var chart in charts)
            {
                rendered[chart.Info.Svg] = Encoding.UTF8.GetBytes(ChartExporter.ToSvg(chart.Model));
                rendered[chart.Info.Png] = ChartExporter.ToPng(chart.Model);
            }

            return rendered;
        });

        if (sensitivity is not null)
        {
            foreach (var (file, bytes) in Report.SensitivitySection.Files(sensitivity))
            {
                files[file] = bytes;
            }
        }

        var json = JsonSerializer.Serialize(document, _json) + "\n";
        var html = timer.Time("report", () => AnalysisReport.Build(document, charts, sensitivity is null ? null : Report.SensitivitySection.Html(sensitivity)));
        return (document, new AnalysisOutputWriter.Rendered(json, html, files) { DesignPointsCsv = table });
    }

    private static (AnalysisDocument Document, IReadOnlyList<BuiltChart> Charts, string? Table) Compute(AnalysisInput input, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var timer = new StepTimer();
        var notes = new List<string>(input.Notes);
        var order = GroupOrder(input);
        var correlations = timer.Time("correlations", () => CorrelationAnalysis.Run(input, notes));
        cancellationToken.ThrowIfCancellationRequested();
        var fits = timer.Time("models", () => ModelSuite.Run(input, order, notes));
        cancellationToken.ThrowIfCancellationRequested();
        if (!fits.Models.Any(m => m.Name == ModelSuite.NaiveTotal))
        {
            throw new InvalidOperationException($"The basic model {input.Spec.Outcome} ~ {input.Spec.Dose} could not be fitted: {string.Join(" ", notes)}");
        }

        var findings = timer.Time("findings", () => FindingsCalculator.Compute(input, fits));
        var models = fits.Models.ToList();
        var district = timer.Time("district models", () => DistrictModels.Run(input, order, notes));
        models.AddRange(district?.Models ?? []);
        var counterfactual = timer.Time("counterfactual", () => CounterfactualAnalysis.Run(input, order, models));
        var dose = timer.Time("dose-response", () => DoseResponseAnalysis.Run(input.Data, input.Spec.Dose, input.Spec.Outcome));
        var groups = timer.Time("group-comparison", () => GroupComparisonAnalysis.Run(input, order, notes));
        if (groups is not null)
        {
            if (groups.Groups.Count > 1)
            {
                notes.Add($"Policy comparison method: {groups.MethodDescription}");
            }

            if (input.Spec.IsOtSim && groups.Groups.Count > 1)
            {
                notes.Add("Policies share students within a replication, so pooled models count each student once per policy. The CR1 standard errors cluster by classroom within run, and students are nested in classrooms, so they allow for a student's rows being alike. " +
                          $"The simulation-only {ModelSuite.Mixed} model has no student intercept, so its standard errors for minutes treat a student's rows under different policies as independent and are too small; {DistrictModels.PooledMixed} adds the student intercept and its standard errors and ICCs mean what they say.");
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var staffing = timer.Time("staffing", () => StaffingAnalysis.Run(input.Therapists, order));
        var planChanges = PlanChangeAnalysis.Run(input.PlanChanges, StudentYears(input), order);
        var decision = AnswerBuilder.Build(input, findings, counterfactual, district, groups);
        var summary = PlainLanguageSummary.Write(input, findings, groups, staffing, decision);
        var designPoints = timer.Time("design points", () => DesignPointAnalysis.Run(input, order, district, counterfactual));
        if (input.Factors.Count > 0)
        {
            notes.Add("Design points draw their own students (each has its own seeds), so a factor's effect across design points is not a paired contrast; within a design point the policies share students, and design_points.csv gives each point's contrast against the baseline policy.");
        }

        var charts = timer.Time("charts", () => AnalysisCharts.Build(input, order, findings, dose, groups, staffing, notes, decision));
        if (input.Data.RowCount > AnalysisCharts.MaxScatterPoints)
        {
            int stride = (int)Math.Ceiling(input.Data.RowCount / (double)AnalysisCharts.MaxScatterPoints);
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Scatter chart: {input.Data.RowCount:N0} rows are more than {AnalysisCharts.MaxScatterPoints:N0}, so it plots every {stride}th row (a deterministic subsample, stated in its subtitle); every model, band and the lowess curve use all rows."));
        }

        var scenario = input.Scenario;
        var provenance = new ProvenanceInfo(
            input.Spec.Source,
            input.SourceName,
            input.Data.RowCount,
            scenario?.Name ?? input.SourceName,
            scenario?.Seed,
            input.Spec.Replication is { } r ? input.Data.Levels(r).Count : 1,
            scenario?.ProgramVersion,
            Version,
            command,
            scenario?.Parameters);
        var document = new AnalysisDocument(
            SchemaVersion, provenance, input.Spec, summary, findings, notes, correlations, models, dose, groups, staffing,
            charts.Select(c => c.Info).ToList())
        {
            Answer = decision.Answer,
            Counterfactual = input.Spec.IsOtSim ? counterfactual : null,
            DesignPoints = designPoints.Count > 0 ? designPoints : null,
            Caseload = input.Caseload,
            PlanChanges = planChanges,
        };

        var table = designPoints.Count > 0 ? DesignPointAnalysis.ToCsv(designPoints, input.Factors) : null;
        return (document, charts, table);
    }

    /// <summary>Serialises a document exactly as analysis.json is written.</summary>
    public static string ToJson(AnalysisDocument document) => JsonSerializer.Serialize(document, _json);

    private static string Version =>
        typeof(AnalysisPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static Dictionary<string, int> StudentYears(AnalysisInput input) =>
        input.Spec.Group is { } group
            ? input.Data.Label(group).GroupBy(p => p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)
            : [];

    private static IReadOnlyList<string> GroupOrder(AnalysisInput input)
    {
        if (input.Spec.Group is not { } group)
        {
            return [];
        }

        var present = input.Data.Levels(group);
        var preferred = input.Scenario?.Policies ?? [];
        return preferred.Where(present.Contains).Concat(present.Where(p => !preferred.Contains(p))).ToList();
    }
}
