using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace OtSim.Client.Web;

/// <summary>The addresses to give people: for a wildcard host (0.0.0.0, ::) the machine's own addresses, not the wildcard.</summary>
public static class ServeAddresses
{
    /// <summary>Page addresses, such as <c>http://192.168.1.20:5080</c>; <paramref name="listening"/> as is for a specific host.</summary>
    public static IReadOnlyList<string> For(string host, string listening)
    {
        bool any4 = host == "0.0.0.0", any6 = host is "::" or "[::]";
        if (!any4 && !any6)
        {
            return [listening];
        }
        int port = new Uri(listening).Port;
        var found = MachineAddresses(includeIpv6: any6)
            .Select(a => a.AddressFamily == AddressFamily.InterNetworkV6 ? $"http://[{a}]:{port}" : $"http://{a}:{port}")
            .ToList();
        return found.Count > 0 ? found : [$"http://127.0.0.1:{port}"];
    }

    /// <summary>Unicast addresses of the interfaces that are up, IPv4 first, loopback last.</summary>
    public static IEnumerable<IPAddress> MachineAddresses(bool includeIpv6)
    {
        var all = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork || (includeIpv6 && a.AddressFamily == AddressFamily.InterNetworkV6 && !a.IsIPv6LinkLocal))
            .Distinct()
            .ToList();
        return all.OrderBy(a => IPAddress.IsLoopback(a)).ThenBy(a => a.AddressFamily == AddressFamily.InterNetworkV6);
    }
}
