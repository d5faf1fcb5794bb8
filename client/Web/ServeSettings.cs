using OtSim.Client.Cli;
using OtSim.Silo.Web;

namespace OtSim.Client.Web;

/// <summary>Where the page listens, the token every API call must carry (if any) and the session's results folder.</summary>
/// <param name="Host">Address to bind: loopback by default.</param>
/// <param name="Port">TCP port; 0 picks a free one (tests).</param>
/// <param name="Token">Shared secret required on every API call and the live stream; null when none.</param>
/// <param name="OutputDirectory">This session's results folder; each run is a subfolder.</param>
public sealed record ServeSettings(string Host, int Port, string? Token, string OutputDirectory)
{
    /// <summary>Most live streams open at once (a room of viewers fits many times over); tests lower it.</summary>
    public int MaxStreams { get; init; } = 200;

    /// <summary>Default port of <c>serve</c>.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Environment variable that supplies the token when <c>--token</c> is not given.</summary>
    public const string TokenVariable = WebAccess.TokenVariable;

    /// <summary>The access rule of the page (and of the dashboard it mounts).</summary>
    public WebAccess Access => new(Host, Token);

    /// <summary>Whether <paramref name="host"/> names only this machine (127.0.0.0/8, ::1 or localhost).</summary>
    public static bool IsLoopback(string host) => WebAccess.IsLoopback(host);

    /// <summary>
    /// Applies the security rule: off loopback a token is required, so that nobody else on the network can start
    /// runs or read results. Throws <see cref="UsageException"/> instead of starting.
    /// </summary>
    public static ServeSettings Create(string host, int port, string? token, string outputDirectory)
    {
        WebAccess access;
        try
        {
            access = WebAccess.Create(host, token, "--host", "--token");
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
        return new ServeSettings(access.Host, port, access.Token, Path.GetFullPath(outputDirectory));
    }
}
