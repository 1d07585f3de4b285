using Yarp.ReverseProxy.Configuration;

namespace ConsultHub.FrontDoor;

/// <summary>One catch-all route to one cluster of silos, as YARP configuration.</summary>
public static class SiloRoutes
{
    /// <summary>The YARP cluster id.</summary>
    public const string ClusterId = "silos";

    /// <summary>The cookie that keeps a browser on the silo it negotiated with.</summary>
    public const string AffinityCookie = "consulthub-silo";

    /// <summary>Every path goes to the silos.</summary>
    public static IReadOnlyList<RouteConfig> Routes() =>
        [new RouteConfig { RouteId = "hub", ClusterId = ClusterId, Match = new RouteMatch { Path = "{**catch-all}" } }];

    /// <summary>
    /// The silos, least-busy of two random picks; a silo failing <c>/healthz</c> for two seconds
    /// leaves the rotation. Affinity by cookie keeps SignalR's negotiate and its WebSocket on one
    /// silo for clients that negotiate; a browser that skips negotiation needs none, and when its
    /// silo dies YARP moves the affinity to a live one.
    /// </summary>
    public static IReadOnlyList<ClusterConfig> Clusters(IReadOnlyList<Uri> silos) =>
    [
        new ClusterConfig
        {
            ClusterId = ClusterId,
            LoadBalancingPolicy = "PowerOfTwoChoices",
            SessionAffinity = new SessionAffinityConfig { Enabled = true, Policy = "Cookie", FailurePolicy = "Redistribute", AffinityKeyName = AffinityCookie },
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig { Enabled = true, Interval = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromSeconds(1), Policy = "ConsecutiveFailures", Path = "/healthz" },
            },
            Destinations = silos.Select((uri, i) => (Key: $"silo{i + 1}", Value: new DestinationConfig { Address = uri.ToString() }))
                .ToDictionary(pair => pair.Key, pair => pair.Value),
        },
    ];
}
