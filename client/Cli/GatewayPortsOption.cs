using System.Globalization;

namespace OtSim.Client.Cli;

/// <summary>The <c>--gateway PORTS</c> option shared by <c>run</c> and <c>serve</c>: comma-separated loopback gateway ports.</summary>
public static class GatewayPortsOption
{
    /// <summary>The default gateway port of a standalone silo.</summary>
    public const int Default = 30000;

    /// <summary>Parses the option's text; null gives the default port.</summary>
    public static int[] Parse(string? text)
    {
        if (text is null)
        {
            return [Default];
        }
        var ports = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65535)
            {
                throw new UsageException($"--gateway: \"{part}\" is not a port number from 1 to 65535.");
            }
            ports.Add(port);
        }
        return ports.Count > 0 ? [.. ports] : throw new UsageException("--gateway needs at least one port.");
    }
}
