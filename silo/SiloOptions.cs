using System.CommandLine;
using System.Globalization;

namespace OtSim.Silo;

/// <summary>Command-line options of the standalone silo.</summary>
/// <param name="SiloPort">Silo-to-silo port.</param>
/// <param name="GatewayPort">Port clients connect to.</param>
/// <param name="PrimarySiloPort">Silo port of the primary silo (localhost clustering); the first silo is its own primary.</param>
/// <param name="Redis">Redis <c>host:port</c> for cluster membership; null for localhost clustering.</param>
public sealed record SiloOptions(int SiloPort, int GatewayPort, int PrimarySiloPort, string? Redis = null)
{
    /// <summary>Usage text.</summary>
    public const string Usage = "usage: dotnet run --project silo -- [--silo-port 11111] [--gateway-port 30000] [--primary-port 11111 | --redis HOST:PORT]";

    /// <summary>Default ports: 11111 for silos, 30000 for the gateway.</summary>
    public static SiloOptions Default { get; } = new(11111, 30000, 11111);

    /// <summary>
    /// Parses <c>--silo-port N --gateway-port N --primary-port N --redis HOST:PORT</c> with System.CommandLine.
    /// Returns null when <c>--help</c> or <c>--version</c> was asked for (and answered).
    /// </summary>
    /// <exception cref="ArgumentException">Bad options; the message says what is wrong and shows the usage.</exception>
    public static SiloOptions? Parse(string[] args)
    {
        var silo = Port("--silo-port");
        var gateway = Port("--gateway-port");
        var primary = Port("--primary-port");
        var redis = new Option<string?>("--redis") { HelpName = "HOST:PORT", Description = "find the cluster's other silos through Redis" };
        var root = new RootCommand("OtSim silo") { silo, gateway, primary, redis };
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
            throw new ArgumentException($"{result.Errors[0].Message}\n{Usage}");
        }
        string? redisAddress = result.GetValue(redis);
        if (redisAddress is not null && !redisAddress.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException($"--redis needs HOST:PORT, such as 127.0.0.1:6379.\n{Usage}");
        }
        int siloPort = result.GetValue(silo) ?? Default.SiloPort;
        return new SiloOptions(siloPort, result.GetValue(gateway) ?? Default.GatewayPort, result.GetValue(primary) ?? siloPort, redisAddress);
    }

    private static Option<int?> Port(string name) => new(name)
    {
        HelpName = "N",
        CustomParser = argument =>
        {
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
