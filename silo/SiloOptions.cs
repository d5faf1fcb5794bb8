using System.CommandLine;
using System.Globalization;
using OtSim.Silo.Web;

namespace OtSim.Silo;

/// <summary>Command-line options of the standalone silo.</summary>
/// <param name="SiloPort">Silo-to-silo port.</param>
/// <param name="GatewayPort">Port clients connect to.</param>
/// <param name="PrimarySiloPort">Silo port of the primary silo (localhost clustering); the first silo is its own primary.</param>
/// <param name="Redis">Redis <c>host:port</c> for cluster membership; null for localhost clustering.</param>
/// <param name="Dashboard">Where this silo serves the Orleans dashboard; null when it serves none (it still reports to the cluster's dashboards).</param>
public sealed record SiloOptions(int SiloPort, int GatewayPort, int PrimarySiloPort, string? Redis = null, SiloDashboard? Dashboard = null)
{
    /// <summary>Usage text (one line).</summary>
    public const string Usage = "usage: dotnet run --project silo -- [--silo-port 11111] [--gateway-port 30000] [--primary-port 11111 | --redis HOST:PORT] [--dashboard [8080] [--dashboard-host 127.0.0.1] [--token T]]";

    /// <summary>Default ports: 11111 for silos, 30000 for the gateway.</summary>
    public static SiloOptions Default { get; } = new(11111, 30000, 11111);

    /// <summary>Port of the dashboard when <c>--dashboard</c> is given without one.</summary>
    public const int DefaultDashboardPort = 8080;

    /// <summary>
    /// Parses <c>--silo-port N --gateway-port N --primary-port N --redis HOST:PORT --dashboard [N] --dashboard-host ADDR
    /// --token T</c> with System.CommandLine; the token may come from <paramref name="environmentToken"/> (OTSIM_TOKEN).
    /// Returns null when <c>--help</c> or <c>--version</c> was asked for (and answered).
    /// </summary>
    /// <exception cref="ArgumentException">Bad options; the one-line message says what is wrong and shows the usage.</exception>
    public static SiloOptions? Parse(string[] args, string? environmentToken = null)
    {
        var silo = Port("--silo-port", required: true);
        var gateway = Port("--gateway-port", required: true);
        var primary = Port("--primary-port", required: true);
        var redis = new Option<string?>("--redis") { HelpName = "HOST:PORT", Description = "find the cluster's other silos through Redis" };
        var dashboard = Port("--dashboard", required: false);
        var dashboardHost = new Option<string?>("--dashboard-host") { HelpName = "ADDR", Description = "address of the dashboard (default 127.0.0.1; any other needs a token)" };
        var token = new Option<string?>("--token") { HelpName = "T", Description = $"token the dashboard asks for (or {WebAccess.TokenVariable})" };
        var root = new RootCommand("OtSim silo") { silo, gateway, primary, redis, dashboard, dashboardHost, token };
        var result = root.Parse(args);
        if (result.Action is System.CommandLine.Help.HelpAction)
        {
            Console.WriteLine(Usage);
            return null;
        }
        if (root.Options.OfType<VersionOption>().Any(v => result.GetResult(v) is not null))
        {
            string version = typeof(SiloOptions).Assembly
                .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
            Console.WriteLine($"otsim silo {version}");
            return null;
        }
        if (result.Errors.Count > 0)
        {
            throw Error(result.Errors[0].Message);
        }
        string? redisAddress = result.GetValue(redis);
        if (redisAddress is not null && !redisAddress.Contains(':', StringComparison.Ordinal))
        {
            throw Error("--redis needs HOST:PORT, such as 127.0.0.1:6379.");
        }
        int siloPort = result.GetValue(silo) ?? Default.SiloPort;
        var options = new SiloOptions(siloPort, result.GetValue(gateway) ?? Default.GatewayPort, result.GetValue(primary) ?? siloPort, redisAddress);
        if (result.GetResult(dashboard) is null)
        {
            string? stray = result.GetResult(dashboardHost) is not null ? "--dashboard-host" : result.GetResult(token) is not null ? "--token" : null;
            return stray is null ? options : throw Error($"{stray} is a setting of the dashboard; give --dashboard [PORT] too.");
        }
        WebAccess access;
        try
        {
            access = WebAccess.Create(result.GetValue(dashboardHost) ?? "127.0.0.1", result.GetValue(token) ?? environmentToken, "--dashboard-host", "--token");
        }
        catch (ArgumentException ex)
        {
            throw Error(ex.Message);
        }
        return options with { Dashboard = new SiloDashboard(result.GetValue(dashboard) ?? DefaultDashboardPort, access) };
    }

    private static ArgumentException Error(string message) => new($"{message} {Usage}");

    private static Option<int?> Port(string name, bool required) => new(name)
    {
        HelpName = "N",
        Arity = required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne,
        CustomParser = argument =>
        {
            if (!required && argument.Tokens.Count == 0)
            {
                return null;
            }
            string text = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is >= 1 and <= 65535)
            {
                return port;
            }
            argument.AddError($"{name} needs a port number from 1 to 65535.");
            return null;
        },
    };
}
