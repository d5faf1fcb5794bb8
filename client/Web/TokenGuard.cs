using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OtSim.Client.Web;

/// <summary>
/// When a token is configured, every <c>/api</c> request must carry it: header <c>X-OtSim-Token</c>,
/// <c>Authorization: Bearer</c>, or (for the live stream and download links, which cannot set headers) the
/// <c>token</c> query parameter. Otherwise 401 and nothing runs. The page's own files are not secret.
/// </summary>
public sealed class TokenGuard(RequestDelegate next, ServeSettings settings)
{
    /// <summary>Header that carries the token.</summary>
    public const string HeaderName = "X-OtSim-Token";

    private readonly byte[]? _expected = settings.Token is null ? null : Encoding.UTF8.GetBytes(settings.Token);

    /// <summary>Checks the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (_expected is null || !context.Request.Path.StartsWithSegments("/api") || Matches(Presented(context.Request)))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.Response.WriteAsJsonAsync(new ApiError("token", "This server needs its access token: open the page with ?token=... as given by whoever started it."));
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header))
        {
            return header.ToString();
        }
        string authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }
        return request.Query.TryGetValue("token", out var query) ? query.ToString() : null;
    }

    private bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expected);
}
