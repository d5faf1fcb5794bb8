using System.Globalization;

namespace OtSim.Silo;

/// <summary>Command-line options of the standalone silo.</summary>
/// <param name="SiloPort">Silo-to-silo port.</param>
/// <param name="GatewayPort">Port clients connect to.</param>
/// <param name="PrimarySiloPort">Silo port of the primary silo (localhost clustering); the first silo is its own primary.</param>
/// <param name="Redis">Redis <c>host:port</c> for cluster membership; null for localhost clustering.</param>
public sealed record SiloOptions(int SiloPort, int GatewayPort, int PrimarySiloPort, string? Redis = null)
{
    /// <summary>Default ports: 11111 for silos, 30000 for the gateway.</summary>
    public static SiloOptions Default { get; } = new(11111, 30000, 11111);

    /// <summary>Parses <c>--silo-port N --gateway-port N --primary-port N --redis HOST:PORT</c>.</summary>
    public static SiloOptions Parse(string[] args)
    {
        var options = Default;
        bool primaryGiven = false;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "--help" or "-h")
            {
                throw new ArgumentException(Usage);
            }
            if (name == "--redis")
            {
                if (i + 1 >= args.Length || !args[i + 1].Contains(':', StringComparison.Ordinal))
                {
                    throw new ArgumentException($"--redis needs HOST:PORT, such as 127.0.0.1:6379.\n{Usage}");
                }
                options = options with { Redis = args[++i] };
                continue;
            }
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65535)
            {
                throw new ArgumentException($"{name} needs a port number from 1 to 65535.\n{Usage}");
            }
            i++;
            options = name switch
            {
                "--silo-port" => options with { SiloPort = port },
                "--gateway-port" => options with { GatewayPort = port },
                "--primary-port" => options with { PrimarySiloPort = port },
                _ => throw new ArgumentException($"Unknown option {name}.\n{Usage}"),
            };
            primaryGiven |= name == "--primary-port";
        }
        return primaryGiven ? options : options with { PrimarySiloPort = options.SiloPort };
    }

    /// <summary>Usage text.</summary>
    public const string Usage = "usage: dotnet run --project silo -- [--silo-port 11111] [--gateway-port 30000] [--primary-port 11111 | --redis HOST:PORT]";
}
