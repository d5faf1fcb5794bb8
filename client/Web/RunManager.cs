using System.Collections.Concurrent;
using System.Globalization;
using OtSim.Client.Running;
using OtSim.Model.Engine;

namespace OtSim.Client.Web;

/// <summary>
/// Starts runs (one at a time: the machine's cores go to the grains), keeps this session's runs and finds past ones
/// in the session's results folder.
/// </summary>
public sealed class RunManager(ISimulationEngine engine, string outputDirectory, string engineLabel)
{
    /// <summary>Runs allowed at the same time.</summary>
    public const int MaxConcurrentRuns = 1;

    /// <summary>Files of a results folder the page may download.</summary>
    public static IReadOnlyList<string> DownloadableFiles { get; } =
        ["students.csv", "therapists.csv", "weeks.csv", "scenario.resolved.json", ReportSeam.ReportFile];

    private readonly SemaphoreSlim _slots = new(MaxConcurrentRuns, MaxConcurrentRuns);
    private readonly ConcurrentDictionary<string, WebRun> _runs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _sequence = -1;

    /// <summary>"embedded silo" or "cluster".</summary>
    public string EngineLabel => engineLabel;

    /// <summary>The session's results folder.</summary>
    public string OutputDirectory => outputDirectory;

    /// <summary>Starts a run in the background; throws <see cref="ApiProblem"/> 429 when another run is going.</summary>
    public WebRun Start(ResolvedScenario resolved)
    {
        if (!_slots.Wait(0))
        {
            throw new ApiProblem(429, new ApiError("run", "Busy: another simulation is running. It will finish in a few seconds; try again then."));
        }
        try
        {
            var scenario = resolved.Scenario;
            string id = string.Create(CultureInfo.InvariantCulture, $"{NextSequence():00}-{scenario.Name}");
            var run = new WebRun(id, scenario.Name, resolved.Source, Path.Combine(outputDirectory, id), "running")
            {
                Scenario = Describe(resolved),
            };
            _runs[id] = run;
            _ = Task.Run(() => ExecuteAsync(run, resolved));
            return run;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>This session's runs and the finished runs found in its folder, newest first.</summary>
    public IReadOnlyList<WebRun> List()
    {
        if (Directory.Exists(outputDirectory))
        {
            foreach (var folder in Directory.EnumerateDirectories(outputDirectory))
            {
                string id = Path.GetFileName(folder);
                if (!id.StartsWith('.') && File.Exists(Path.Combine(folder, "students.csv")))
                {
                    _runs.TryAdd(id, new WebRun(id, NameOf(id), "folder", folder, "done") { Started = Directory.GetCreationTimeUtc(folder) });
                }
            }
        }
        return _runs.Values.OrderByDescending(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>A run by id, or null.</summary>
    public WebRun? Find(string id) => _runs.TryGetValue(id, out var run) ? run : List().FirstOrDefault(r => r.Id == id);

    /// <summary>Files present in a finished run's folder, among those the page may download.</summary>
    public static IReadOnlyList<string> FilesOf(WebRun run) =>
        DownloadableFiles.Where(f => File.Exists(Path.Combine(run.Folder, f))).ToArray();

    /// <summary>Stops runs in progress (the server is shutting down); their folders are not written.</summary>
    public void CancelAll() => _stopping.Cancel();

    private async Task ExecuteAsync(WebRun run, ResolvedScenario resolved)
    {
        var scenario = resolved.Scenario;
        try
        {
            var collector = new RunCollector(scenario);
            int total = scenario.Policies.Count * scenario.Replications, done = 0;
            var policies = scenario.Policies.Select(p => p.Name).ToArray();
            run.Publish("start", new
            {
                run.Id,
                run.Name,
                policies,
                weeks = scenario.Calendar.Weeks,
                holidayWeeks = scenario.Calendar.HolidayWeeks,
                goalPoints = scenario.Parameters.GoalGainPoints,
                cellsTotal = total,
                engine = engineLabel,
            });
            var observing = new ObservingEngine(engine, result =>
            {
                collector.Add(result);
                done++;
                run.Publish("cell", new
                {
                    cellsDone = done,
                    cellsTotal = total,
                    policyIndex = result.Cell.PolicyIndex,
                    replication = result.Cell.Replication,
                    curve = collector.Weeks(result.Cell.PolicyIndex),
                });
            });
            var options = new RunOptions(run.Folder, Weeks: null, Overwrite: false, ShowProgress: false);
            await RunPipeline.ExecuteAsync(scenario, observing, options, ReportSeam.FinishFor(scenario), _stopping.Token);
            // Every figure shown comes from the run's analysis (the same computation as report.html).
            var figures = OtSim.Analysis.Pipeline.AnalysisFigures.Read(run.Folder);
            string svg = Reveal.ChartSvg(collector.Points(), policies, figures);
            run.Complete(collector.Results(figures), Reveal.FromAnalysis(figures), svg, FilesOf(run));
        }
        catch (Exception ex)
        {
            run.Fail(ex is OperationCanceledException ? "Stopped: the server is shutting down; nothing was written." : $"The run failed: {ex.Message}");
        }
        finally
        {
            _slots.Release();
        }
    }

    private int NextSequence()
    {
        if (_sequence < 0)
        {
            _sequence = List().Select(r => int.TryParse(r.Id.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0).DefaultIfEmpty(0).Max();
        }
        return ++_sequence;
    }

    private static string NameOf(string id)
    {
        int dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? id[(dash + 1)..] : id;
    }

    private static object Describe(ResolvedScenario resolved)
    {
        var s = resolved.Scenario;
        return new
        {
            students = s.District.Students,
            schools = s.District.Schools,
            policies = s.Policies.Select(p => p.Name).ToArray(),
            replications = s.Replications,
            seed = s.Seed,
            therapists = s.Staffing.Therapists,
            fte = s.Staffing.Fte,
            salaryPerFte = s.Staffing.SalaryPerFte,
            collaboration = s.District.CollaborationMean,
            description = s.Description,
        };
    }
}
