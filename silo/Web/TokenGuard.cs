using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace OtSim.Silo.Web;

/// <summary>
/// When a token is configured, every protected request must carry it: header <c>X-OtSim-Token</c>,
/// <c>Authorization: Bearer</c>, or the HttpOnly cookie a browser gets in exchange for <c>?token=</c>. A page opened
/// with <c>?token=</c> gets the cookie and is redirected to the same address without the token, so the token does not
/// stay in the address bar (or on a projected screen). Otherwise 401 with <c>WWW-Authenticate</c>, and nothing runs.
/// Which paths are protected is the host's choice (the serve page's own files are not secret; a dashboard is).
/// </summary>
public sealed class TokenGuard(RequestDelegate next, WebAccess access, Func<PathString, bool> isProtected)
{
    /// <summary>Header that carries the token.</summary>
    public const string HeaderName = "X-OtSim-Token";

    /// <summary>Cookie that carries the token after the exchange.</summary>
    public const string CookieName = "otsim_token";

    private readonly byte[]? _expected = access.Token is null ? null : Encoding.UTF8.GetBytes(access.Token);

    /// <summary>Checks the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (_expected is null)
        {
            await next(context);
            return;
        }
        if (request.Query.TryGetValue("token", out var query))
        {
            await ExchangeAsync(context, query.ToString());
            return;
        }
        if (!isProtected(request.Path) || Matches(Presented(request)))
        {
            await next(context);
            return;
        }
        await RefuseAsync(context.Response);
    }

    private async Task ExchangeAsync(HttpContext context, string token)
    {
        if (!Matches(token) || !HttpMethods.IsGet(context.Request.Method))
        {
            await RefuseAsync(context.Response);
            return;
        }
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
        var rest = new QueryBuilder(context.Request.Query.Where(q => q.Key != "token").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        context.Response.Redirect(context.Request.PathBase + context.Request.Path + rest.ToQueryString());
    }

    private static async Task RefuseAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Bearer realm=\"otsim\"";
        await response.WriteAsJsonAsync(new AccessError("token", "This server needs its access token: open the page with ?token=... as given by whoever started it."));
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
        return request.Cookies.TryGetValue(CookieName, out var cookie) ? cookie : null;
    }

    private bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expected);
}
