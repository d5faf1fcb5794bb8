using System.Net;
using System.Net.Sockets;

namespace OtSim.Client.Engine;

/// <summary>Finds free loopback ports, so the embedded silo never collides with a standalone silo on the default ports.</summary>
public static class FreePorts
{
    /// <summary>A loopback port the OS has just handed out as free (released again, so it can be bound at once).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
