using System.Text.Json;

namespace OtSim.Client.Web;

/// <summary>One server-sent event: its name and JSON data.</summary>
/// <param name="Name">Event name: start, cell, done or failed.</param>
/// <param name="Data">JSON text.</param>
public sealed record RunEvent(string Name, string Data);

/// <summary>A run started from the page (or found in the session folder): its state and the events the page streams.</summary>
public sealed class WebRun
{
    private readonly List<RunEvent> _events = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates a run record.</summary>
    public WebRun(string id, string name, string source, string folder, string status)
    {
        Id = id;
        Name = name;
        Source = source;
        Folder = folder;
        Status = status;
    }

    /// <summary>The run's id: its folder name in the session folder.</summary>
    public string Id { get; }

    /// <summary>Scenario name.</summary>
    public string Name { get; }

    /// <summary>"preset", "staffing" or "folder" (found on disk).</summary>
    public string Source { get; }

    /// <summary>The results folder.</summary>
    public string Folder { get; }

    /// <summary>running, done or failed.</summary>
    public string Status { get; private set; }

    /// <summary>When the run started (UTC).</summary>
    public DateTimeOffset Started { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The scenario's figures for listing: students, policies, replications, seed, staffing.</summary>
    public object? Scenario { get; init; }

    /// <summary>End-of-year figures per policy, when done.</summary>
    public IReadOnlyList<PolicyResult>? Results { get; private set; }

    /// <summary>The minutes/progress answer, when done.</summary>
    public RevealResult? Reveal { get; private set; }

    /// <summary>The reveal chart (inline SVG), when done.</summary>
    public string? ChartSvg { get; private set; }

    /// <summary>Figures' ranges across replications, when done.</summary>
    public IReadOnlyList<PolicySpread>? Spread { get; set; }

    /// <summary>A staffing search's answer (recommendation, levels), when done.</summary>
    public object? Staffing { get; private set; }

    /// <summary>Why the run failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether no more events will come.</summary>
    public bool Finished => Status != "running";

    /// <summary>Appends an event and wakes the streams.</summary>
    public void Publish(string name, object data)
    {
        string json = JsonSerializer.Serialize(data, ApiJson.Options);
        TaskCompletionSource changed;
        lock (_lock)
        {
            _events.Add(new RunEvent(name, json));
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>Marks the run done and publishes the final event.</summary>
    public void Complete(IReadOnlyList<PolicyResult> results, RevealResult reveal, string chartSvg, IReadOnlyList<string> files)
    {
        Results = results;
        Reveal = reveal;
        ChartSvg = chartSvg;
        Status = "done";
        Publish("done", new { results, reveal, files });
    }

    /// <summary>A finished run of an earlier session, from its <see cref="RunRecord"/>: it streams only its done event.</summary>
    public static WebRun Restored(string id, string folder, RunRecord record, IReadOnlyList<string> files)
    {
        var run = new WebRun(id, record.Name, record.Source, folder, "running") { Started = record.Started, Scenario = record.Scenario, Spread = record.Spread };
        run.Complete(record.Results, record.Reveal, record.ChartSvg, files);
        return run;
    }

    /// <summary>Marks a staffing search done and publishes the final event.</summary>
    public void CompleteStaffing(object answer, IReadOnlyList<string> files)
    {
        Staffing = answer;
        Status = "done";
        Publish("done", new { staffing = answer, files });
    }

    /// <summary>A finished staffing search of an earlier session, from its <see cref="SearchRecord"/>.</summary>
    public static WebRun RestoredSearch(string id, string folder, SearchRecord record, IReadOnlyList<string> files)
    {
        var run = new WebRun(id, record.Name, "staffing-search", folder, "running") { Started = record.Started, Scenario = record.Scenario };
        run.CompleteStaffing(record.Staffing, files);
        return run;
    }

    /// <summary>Marks the run failed.</summary>
    public void Fail(string message)
    {
        Error = message;
        Status = "failed";
        Publish("failed", new { message });
    }

    /// <summary>
    /// Events from <paramref name="index"/> on, a task that completes when more arrive, and whether the final event
    /// (done or failed) has been published, so that no more will ever come.
    /// </summary>
    public (IReadOnlyList<RunEvent> Events, Task Changed, bool Ended) EventsFrom(int index)
    {
        lock (_lock)
        {
            bool ended = _events.Count > 0 && _events[^1].Name is "done" or "failed";
            return (_events.Skip(index).ToArray(), _changed.Task, ended);
        }
    }
}
