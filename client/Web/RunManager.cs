using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using OtSim.Client.Running;
using OtSim.Model.Engine;

namespace OtSim.Client.Web;

/// <summary>
/// Starts runs (one at a time: the machine's cores go to the grains), keeps this session's runs and finds past ones
/// in the session's results folder.
/// </summary>
public sealed partial class RunManager(ISimulationEngine engine, string outputDirectory, string engineLabel)
{
    /// <summary>Runs allowed at the same time.</summary>
    public const int MaxConcurrentRuns = 1;

    /// <summary>Files of a results folder the page may download.</summary>
    public static IReadOnlyList<string> DownloadableFiles { get; } =
        ["students.csv", "therapists.csv", "weeks.csv", "plan_changes.csv", "evaluations.csv", "scenario.resolved.json", ReportSeam.ReportFile, "curve.csv", "recommendation.json"];

    private readonly SemaphoreSlim _slots = new(MaxConcurrentRuns, MaxConcurrentRuns);
    private readonly ConcurrentDictionary<string, WebRun> _runs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _sequenceLock = new();
    private int _sequence = -1;
    private Task _running = Task.CompletedTask;

    /// <summary>"embedded silo" or "cluster".</summary>
    public string EngineLabel => engineLabel;

    /// <summary>The session's results folder.</summary>
    public string OutputDirectory => outputDirectory;

    /// <summary>The run (or staffing search) in progress, if any: other viewers join it instead of starting their own.</summary>
    public WebRun? Active => _runs.Values.FirstOrDefault(r => !r.Finished);

    /// <summary>The engine runs and staffing searches use.</summary>
    public ISimulationEngine Engine => engine;

    /// <summary>Starts a run in the background; throws <see cref="ApiProblem"/> 429 when another run is going.</summary>
    public WebRun Start(ResolvedScenario resolved) =>
        StartWork(resolved.Scenario.Name, resolved.Source, Describe(resolved), run => ExecuteAsync(run, resolved));

    /// <summary>
    /// Starts background work that owns the single run slot and has a folder of its own in the session folder;
    /// throws <see cref="ApiProblem"/> 429 when something else is running.
    /// </summary>
    public WebRun StartWork(string name, string source, object scenario, Func<WebRun, Task> work)
    {
        // A run says it has finished a moment before its work releases the slot: with nothing running, wait for that.
        if (!_slots.Wait(0) && !(Active is null && _slots.Wait(TimeSpan.FromSeconds(5))))
        {
            string what = Active is { } active ? $" ({active.Id})" : "";
            throw new ApiProblem(429, new ApiError("run", $"Busy: another simulation is running{what}. Watch it, or try again when it has finished."));
        }
        try
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"{NextSequence():00}-{name}");
            var run = new WebRun(id, name, source, Path.Combine(outputDirectory, id), "running") { Scenario = scenario };
            _runs[id] = run;
            _running = Task.Run(async () =>
            {
                try
                {
                    await work(run);
                }
                finally
                {
                    _slots.Release();
                }
            });
            return run;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>This session's runs and the finished runs found in its folder, newest (highest number) first.</summary>
    public IReadOnlyList<WebRun> List()
    {
        if (Directory.Exists(outputDirectory))
        {
            foreach (var folder in Directory.EnumerateDirectories(outputDirectory))
            {
                string id = Path.GetFileName(folder);
                if (id.StartsWith('.') || _runs.ContainsKey(id))
                {
                    continue;
                }
                var files = DownloadableFiles.Where(f => File.Exists(Path.Combine(folder, f))).ToArray();
                if (File.Exists(Path.Combine(folder, "students.csv")))
                {
                    var found = RunRecord.Read(folder) is { } record
                        ? WebRun.Restored(id, folder, record, files)
                        : new WebRun(id, NameOf(id), "folder", folder, "done") { Started = Directory.GetCreationTimeUtc(folder) };
                    _runs.TryAdd(id, found);
                }
                else if (SearchRecord.Read(folder) is { } search)
                {
                    _runs.TryAdd(id, WebRun.RestoredSearch(id, folder, search, files));
                }
            }
        }
        return _runs.Values.OrderByDescending(r => NumberOf(r.Id)).ThenByDescending(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>A run by id, or null.</summary>
    public WebRun? Find(string id) => _runs.TryGetValue(id, out var run) ? run : List().FirstOrDefault(r => r.Id == id);

    /// <summary>Files present in a finished run's folder, among those the page may download.</summary>
    public static IReadOnlyList<string> FilesOf(WebRun run) =>
        DownloadableFiles.Where(f => File.Exists(Path.Combine(run.Folder, f))).ToArray();

    /// <summary>Stops runs in progress (the server is shutting down); their folders are not written.</summary>
    public void CancelAll() => _stopping.Cancel();

    /// <summary>The token that is cancelled when the server shuts down.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Completes when no run is in progress (after <see cref="CancelAll"/>, once the run has cleaned up).</summary>
    public async Task WaitIdleAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _running.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The run's own cancellation: it has ended.
        }
    }

    /// <summary>A message about a failure for the page: never a path on the server.</summary>
    public string Scrub(string message)
    {
        string text = message.Replace(outputDirectory, "the session folder", StringComparison.Ordinal);
        return AbsolutePath().Replace(text, "(a server path)");
    }

    private async Task ExecuteAsync(WebRun run, ResolvedScenario resolved)
    {
        var scenario = resolved.Scenario;
        try
        {
            var collector = new RunCollector(scenario);
            var spread = new ReplicationSpread(scenario);
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
                spread.Add(result);
                int finished = Interlocked.Increment(ref done);
                run.Publish("cell", new
                {
                    cellsDone = finished,
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
            run.Spread = spread.Spreads();
            run.Complete(collector.Results(figures), Reveal.FromAnalysis(figures), svg, FilesOf(run));
            RunRecord.Write(run);
        }
        catch (Exception ex)
        {
            RemoveUnfinished(run.Folder);
            run.Fail(ex is OperationCanceledException ? "Stopped: the server is shutting down; this run's results were not kept." : $"The run failed: {Scrub(ex.Message)}");
        }
    }

    // The page cannot resume a run, so an unfinished folder it made (only the work folder in it) is removed.
    private static void RemoveUnfinished(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !File.Exists(Path.Combine(folder, "students.csv"))
                && Directory.EnumerateFileSystemEntries(folder).All(e => Path.GetFileName(e) == WorkFolder.FolderName))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next session to ignore: it has no students.csv, so it is never listed.
        }
    }

    private int NextSequence()
    {
        lock (_sequenceLock)
        {
            if (_sequence < 0)
            {
                // Every numbered folder counts, listed or not, so a new run never lands in an old run's folder.
                var folders = Directory.Exists(outputDirectory) ? Directory.EnumerateDirectories(outputDirectory).Select(d => Path.GetFileName(d)) : [];
                _sequence = List().Select(r => r.Id).Concat(folders).Select(NumberOf).DefaultIfEmpty(0).Max();
            }
            return ++_sequence;
        }
    }

    private static int NumberOf(string id) =>
        int.TryParse(id.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;

    private static string NameOf(string id)
    {
        int dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? id[(dash + 1)..] : id;
    }

    private static object Describe(ResolvedScenario resolved) => ScenarioInputs.Of(resolved.Scenario);

    [GeneratedRegex(@"(?<![\w.])(/[^\s""'/:]+){2,}/?")]
    private static partial Regex AbsolutePath();
}
