using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;

namespace OtSim.Silo.Web;

/// <summary>
/// The Orleans dashboard (<c>Microsoft.Orleans.Dashboard</c>): every silo collects the figures, and a web host (a
/// silo's own, or the serve page's) shows them for the whole cluster behind OtSim's access rule.
/// </summary>
public static class ClusterDashboard
{
    /// <summary>Where the serve page mounts the dashboard.</summary>
    public const string ServePath = "/dashboard";

    /// <summary>The dashboard's pages load only from where they are served; its icon fonts are inlined as data: URLs.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Lets this silo take part in the dashboard: its grain calls are profiled and its counters answered, so any
    /// dashboard of the cluster shows it. Every silo of a cluster needs this for the dashboard to list them all.
    /// </summary>
    public static ISiloBuilder AddOtSimDashboard(this ISiloBuilder silo) => silo.AddDashboard();

    /// <summary>Lets a cluster client (the serve page on <c>--cluster</c>) show the dashboard of the cluster it talks to.</summary>
    public static IClientBuilder AddOtSimDashboard(this IClientBuilder client) => client.AddDashboard();

    /// <summary>Maps the dashboard under <paramref name="prefix"/> (empty for the root); the caller has added the access guards.</summary>
    public static void Map(WebApplication app, string prefix) => app.MapOrleansDashboard(prefix.Length == 0 ? null : prefix);

    /// <summary>Whether a request path is the dashboard's under <paramref name="prefix"/>.</summary>
    public static bool IsUnder(Microsoft.AspNetCore.Http.PathString path, string prefix) => path.StartsWithSegments(prefix);

    /// <summary>
    /// Whether something already answers on the dashboard's port, checked before the silo starts so that a taken port
    /// is a one-line error rather than a silo that starts, fails to bind and logs stack traces. (A probe bind is no test
    /// on Linux: .NET's listener sockets reuse addresses.)
    /// </summary>
    public static bool IsTaken(WebAccess access, int port)
    {
        var address = access.BindAddress();
        if (address.Equals(IPAddress.Any))
        {
            address = IPAddress.Loopback;
        }
        else if (address.Equals(IPAddress.IPv6Any))
        {
            address = IPAddress.IPv6Loopback;
        }
        try
        {
            using var probe = new TcpClient(address.AddressFamily);
            probe.Connect(address, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>
    /// A standalone silo's web host: the silo and its dashboard on <paramref name="access"/>'s address and
    /// <paramref name="port"/>, every path behind the access rule.
    /// </summary>
    public static WebApplication BuildSiloHost(WebApplicationBuilder builder, WebAccess access, int port)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(access.BindAddress(), port);
        });
        var app = builder.Build();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next();
        });
        app.UseAccessGuards(access, _ => true);
        Map(app, "");
        return app;
    }
}
