using System.Net;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace OtSim.Silo;

/// <summary>Membership in Redis: the silos of a real cluster find each other there, and clients find their gateways.</summary>
public static class RedisClustering
{
    /// <summary>Cluster and service id shared by OtSim silos and clients that meet in Redis.</summary>
    public const string ClusterId = "otsim";

    /// <summary>Joins the cluster whose membership is in Redis at <paramref name="redis"/> (host:port), on loopback ports.</summary>
    public static ISiloBuilder UseOtSimRedisClustering(this ISiloBuilder silo, string redis, int siloPort, int gatewayPort)
    {
        silo.UseRedisClustering(redis)
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId))
            .ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort)
            // A killed silo is declared dead in a few seconds rather than the default tens of seconds.
            .Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(2);
                o.NumMissedProbesLimit = 2;
            });
        return silo;
    }

    /// <summary>Finds the cluster's gateways in Redis at <paramref name="redis"/> (host:port).</summary>
    public static IClientBuilder UseOtSimRedisClustering(this IClientBuilder client, string redis) =>
        client.UseRedisClustering(redis)
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
}
