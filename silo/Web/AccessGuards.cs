using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OtSim.Silo.Web;

/// <summary>The one access rule of OtSim's web endpoints, in the order it applies: Host name first, then the token.</summary>
public static class AccessGuards
{
    /// <summary>Adds <see cref="HostGuard"/> and <see cref="TokenGuard"/>; the token is asked for on paths <paramref name="isProtected"/> accepts.</summary>
    public static IApplicationBuilder UseAccessGuards(this IApplicationBuilder app, WebAccess access, Func<PathString, bool> isProtected) =>
        app.UseMiddleware<HostGuard>(access).UseMiddleware<TokenGuard>(access, isProtected);
}
