using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OtSim.Client.Web;

/// <summary>Serves the page's files, embedded in the assembly so the page works wherever the program runs, offline.</summary>
public static class StaticAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    /// <summary>Maps <c>/</c> and every file of client/wwwroot.</summary>
    public static void Map(WebApplication app)
    {
        var assembly = typeof(StaticAssets).Assembly;
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            string file = resource["wwwroot/".Length..];
            byte[] content = Read(assembly, resource);
            string type = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            app.MapGet("/" + file, () => Results.Bytes(content, type));
            if (file == "index.html")
            {
                app.MapGet("/", () => Results.Bytes(content, type));
            }
        }
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
