using Microsoft.AspNetCore.Http;

namespace OtSim.Client.Web;

/// <summary>
/// <c>GET /api/runs/{id}/events</c>: the run's events as server-sent events. A late or reconnecting page gets every
/// event from the start (or from Last-Event-ID), then new ones as cells finish; the stream ends after done/failed.
/// </summary>
public static class RunEventStream
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>Streams the events.</summary>
    public static async Task WriteAsync(string id, HttpContext context, RunManager runs)
    {
        if (ApiEndpoints.Find(runs, id) is not { } run)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsJsonAsync(new ApiError("run", $"There is no run \"{id}\" in this session."));
            return;
        }
        var cancel = context.RequestAborted;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        int next = int.TryParse(context.Request.Headers["Last-Event-ID"], out int last) ? last + 1 : 0;
        if (run.Source == "folder")
        {
            await context.Response.WriteAsync("event: done\ndata: {\"folder\":true}\n\n", cancel);
            return;
        }
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var (events, changed) = run.EventsFrom(next);
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
                if (await Task.WhenAny(changed, Task.Delay(Heartbeat, cancel)) != changed)
                {
                    await context.Response.WriteAsync(": keep-alive\n\n", cancel);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed the stream.
        }
    }
}
