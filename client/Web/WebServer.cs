using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OtSim.Model.Engine;

namespace OtSim.Client.Web;

/// <summary>Builds the page's web application on Kestrel: limits, the token guard, the page's files and the API.</summary>
public static class WebServer
{
    /// <summary>Largest request body accepted (bytes).</summary>
    public const long MaxBodyBytes = 64 * 1024;

    /// <summary>Creates the application (not started) on <paramref name="engine"/>.</summary>
    public static WebApplication Create(ServeSettings settings, ISimulationEngine engine, string engineLabel)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.AddServerHeader = false;
            var address = settings.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                ? IPAddress.Loopback
                : IPAddress.Parse(settings.Host.Trim('[', ']'));
            kestrel.Listen(address, settings.Port);
        });
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(new RunManager(engine, settings.OutputDirectory, engineLabel));

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseMiddleware<TokenGuard>();
        StaticAssets.Map(app);
        ApiEndpoints.Map(app);
        app.Lifetime.ApplicationStopping.Register(() => app.Services.GetRequiredService<RunManager>().CancelAll());
        return app;
    }

    /// <summary>The address a started application listens on, such as <c>http://127.0.0.1:5080</c>.</summary>
    public static string Address(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>();
        return addresses?.Addresses.FirstOrDefault() ?? app.Urls.First();
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        // Everything the page needs is served from here; nothing may be fetched from elsewhere.
        var headers = context.Response.Headers;
        headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cache-Control"] = "no-store";
        return next();
    }
}
