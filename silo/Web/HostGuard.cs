using Microsoft.AspNetCore.Http;

namespace OtSim.Silo.Web;

/// <summary>
/// Against DNS rebinding: a server on loopback without a token answers only requests addressed to a loopback name
/// (localhost, 127.x.x.x, [::1]), so a web page on another site cannot reach it through a name that resolves to
/// 127.0.0.1. With a token every protected request must carry the token anyway, so any Host name is accepted.
/// </summary>
public sealed class HostGuard(RequestDelegate next, WebAccess access)
{
    private readonly bool _check = access.Token is null;

    /// <summary>Checks the request's Host header.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!_check || WebAccess.IsLoopback(context.Request.Host.Host))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        await context.Response.WriteAsJsonAsync(new AccessError("host",
            "This server answers only at http://127.0.0.1 or http://localhost (it runs on this machine without a token)."));
    }
}
