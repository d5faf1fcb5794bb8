using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OtSim.Client.Engine;
using OtSim.Model.Engine;
using OtSim.Silo.Web;

namespace OtSim.Client.Web;

/// <summary>
/// Builds the page's web application on Kestrel: limits, the host and token guards, the page's files and the API.
/// The Orleans side (embedded silo or cluster client) lives in the same generic host and DI container.
/// </summary>
public static class WebServer
{
    /// <summary>Largest request body accepted (bytes).</summary>
    public const long MaxBodyBytes = 64 * 1024;

    /// <summary>Creates the application (not started) with the grains of <paramref name="target"/> in the same host; start it with <see cref="StartAsync"/>.</summary>
    public static WebApplication Create(ServeSettings settings, EngineTarget target) =>
        Build(settings, target.Cluster ? "cluster" : "embedded silo", builder => EngineHost.Configure(builder, target, dashboard: true), EngineHost.EngineOf, dashboard: true);

    /// <summary>Creates the application (not started) on an engine made elsewhere (the plain loop in tests).</summary>
    public static WebApplication Create(ServeSettings settings, ISimulationEngine engine, string engineLabel) =>
        Build(settings, engineLabel, _ => { }, _ => engine, dashboard: false);

    /// <summary>Starts the application; a cluster that does not answer is a usage error, not a hang.</summary>
    public static Task StartAsync(WebApplication app, EngineTarget target, CancellationToken cancellationToken) =>
        EngineHost.StartHostAsync(app, target, cancellationToken);

    /// <summary>The address a started application listens on, such as <c>http://127.0.0.1:5080</c>.</summary>
    public static string Address(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>();
        return addresses?.Addresses.FirstOrDefault() ?? app.Urls.First();
    }

    private static WebApplication Build(ServeSettings settings, string engineLabel, Action<WebApplicationBuilder> addEngine, Func<IServiceProvider, ISimulationEngine> engineOf, bool dashboard)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Orleans", LogLevel.Error).AddFilter("Microsoft.Orleans", LogLevel.Error);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.AddServerHeader = false;
            kestrel.Listen(settings.Access.BindAddress(), settings.Port);
        });
        addEngine(builder);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(sp => new RunManager(engineOf(sp), settings.OutputDirectory, engineLabel));
        builder.Services.AddSingleton(new StreamSlots(settings.MaxStreams));
        // Registered after the silo, so it stops first: runs end (cancelled and cleaned up) while the grains still answer.
        builder.Services.AddHostedService<RunDrain>();

        var app = builder.Build();
        app.Use(SecurityHeaders);
        // The page's own files are not secret; its API and the cluster's dashboard are.
        app.UseAccessGuards(settings.Access, path => path.StartsWithSegments("/api") || path.StartsWithSegments(ClusterDashboard.ServePath));
        StaticAssets.Map(app);
        ApiEndpoints.Map(app);
        StaffingEndpoints.Map(app);
        if (dashboard)
        {
            ClusterDashboard.Map(app, ClusterDashboard.ServePath);
        }
        app.Lifetime.ApplicationStopping.Register(() => app.Services.GetRequiredService<RunManager>().CancelAll());
        return app;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        // Everything the page needs is served from here; nothing may be fetched from elsewhere.
        var headers = context.Response.Headers;
        headers["Content-Security-Policy"] = context.Request.Path.StartsWithSegments(ClusterDashboard.ServePath)
            ? ClusterDashboard.ContentSecurityPolicy
            : "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cache-Control"] = "no-store";
        return next();
    }
}
