using System.Net;

namespace OtSim.Silo.Web;

/// <summary>
/// Who may reach a web endpoint of OtSim (the serve page or a silo's dashboard): the address it listens on and the
/// token every protected request must carry. On loopback no token is needed; off loopback one is required.
/// </summary>
/// <param name="Host">Address to bind: an IP address or <c>localhost</c>.</param>
/// <param name="Token">Shared secret; null when none.</param>
public sealed record WebAccess(string Host, string? Token)
{
    /// <summary>Environment variable that supplies the token when no token option is given.</summary>
    public const string TokenVariable = "OTSIM_TOKEN";

    /// <summary>Shortest token accepted off loopback.</summary>
    public const int MinimumTokenLength = 12;

    /// <summary>Whether <paramref name="host"/> names only this machine (127.0.0.0/8, ::1 or localhost).</summary>
    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <summary>
    /// Applies the rule: off loopback a token is required (at least <see cref="MinimumTokenLength"/> characters), so
    /// that nobody else on the network gets in. <paramref name="hostOption"/> and <paramref name="tokenOption"/> name the
    /// command-line options in the one-line message.
    /// </summary>
    /// <exception cref="ArgumentException">The host is not an address, or a token is missing or too short off loopback.</exception>
    public static WebAccess Create(string host, string? token, string hostOption, string tokenOption)
    {
        token = string.IsNullOrWhiteSpace(token) ? null : token.Trim();
        if (!IsLoopback(host) && !IPAddress.TryParse(host.Trim('[', ']'), out _))
        {
            throw new ArgumentException($"{hostOption}: \"{host}\" is not an IP address or localhost.");
        }
        if (!IsLoopback(host) && token is null)
        {
            throw new ArgumentException(
                $"{hostOption} {host} would let other machines in; give a token with {tokenOption} or the {TokenVariable} environment variable (every request must then carry it), or leave {hostOption} at 127.0.0.1.");
        }
        if (token is { Length: < MinimumTokenLength } && !IsLoopback(host))
        {
            throw new ArgumentException($"{tokenOption}: use at least {MinimumTokenLength} characters off loopback.");
        }
        return new WebAccess(host, token);
    }

    /// <summary>The address to bind: <c>localhost</c> binds 127.0.0.1.</summary>
    public IPAddress BindAddress() =>
        Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.Parse(Host.Trim('[', ']'));
}
