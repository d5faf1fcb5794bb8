using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace OtSim.Client.Web;

/// <summary>
/// <c>GET /api/runs/{id}/events</c>: the run's events as server-sent events. A late or reconnecting page gets every
/// event from the start (or after Last-Event-ID), then new ones as cells finish; the stream ends after done/failed,
/// at once for a run that has already finished, and when the server shuts down.
/// </summary>
public static class RunEventStream
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>Streams the events.</summary>
    public static async Task WriteAsync(string id, HttpContext context, RunManager runs, StreamSlots slots, IHostApplicationLifetime lifetime)
    {
        if (ApiEndpoints.Find(runs, id) is not { } run)
        {
            await ErrorAsync(context, 404, new ApiError("run", $"There is no run \"{id}\" in this session."));
            return;
        }
        if (!TryFirstEvent(context.Request, out int next))
        {
            await ErrorAsync(context, 400, new ApiError("Last-Event-ID", "Last-Event-ID must be a whole number from 0 to 2147483646 (the id of an event this stream sent)."));
            return;
        }
        if (!slots.TryEnter())
        {
            await ErrorAsync(context, 429, new ApiError("run", $"Busy: {slots.MaxStreams} live streams are open; reload the page in a moment."));
            return;
        }
        try
        {
            await StreamAsync(context, run, next, lifetime.ApplicationStopping);
        }
        finally
        {
            slots.Exit();
        }
    }

    /// <summary>The index of the first event to send: 0, or one after a valid Last-Event-ID.</summary>
    public static bool TryFirstEvent(HttpRequest request, out int next)
    {
        next = 0;
        if (!request.Headers.TryGetValue("Last-Event-ID", out var header) || header.ToString().Length == 0)
        {
            return true;
        }
        if (!int.TryParse(header.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out int last) || last == int.MaxValue)
        {
            return false;
        }
        next = last + 1;
        return true;
    }

    private static async Task StreamAsync(HttpContext context, WebRun run, int next, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var cancel = linked.Token;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        if (run.Source == "folder")
        {
            await context.Response.WriteAsync("event: done\ndata: {\"folder\":true}\n\n", cancel);
            return;
        }
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var (events, changed, ended) = run.EventsFrom(next);
                foreach (var e in events)
                {
                    await context.Response.WriteAsync($"id: {next++}\nevent: {e.Name}\ndata: {e.Data}\n\n", cancel);
                    if (e.Name is "done" or "failed")
                    {
                        await context.Response.Body.FlushAsync(cancel);
                        return;
                    }
                }
                await context.Response.Body.FlushAsync(cancel);
                if (ended)
                {
                    // Asked for events after the last one of a finished run: nothing more will ever come.
                    return;
                }
                if (await Task.WhenAny(changed, Task.Delay(Heartbeat, cancel)) != changed)
                {
                    await context.Response.WriteAsync(": keep-alive\n\n", cancel);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed the stream, or the server is stopping.
        }
    }

    private static async Task ErrorAsync(HttpContext context, int status, ApiError error)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(error, ApiJson.Options);
    }
}
