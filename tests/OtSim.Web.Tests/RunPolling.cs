using System.Net.Http.Json;
using System.Text.Json;

namespace OtSim.Web.Tests;

/// <summary>Waits for a page run by polling its detail, as the page does when it is not watching the stream.</summary>
internal static class RunPolling
{
    /// <summary>Polls <c>/api/runs/{id}</c> every 100 ms until it is no longer running; throws after <paramref name="limit"/>.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient http, string id, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            var run = await http.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
            if (run.GetProperty("status").GetString() != "running")
            {
                return run;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Run {id} did not finish.");
    }
}
