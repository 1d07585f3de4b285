using Orleans.Configuration;

namespace ConsultHub.Web.Cluster;

/// <summary>
/// The membership settings a cluster ships with. Orleans' defaults (probe timeout 5 s, 3 missed
/// probes, 2 votes, table refresh 60 s) took 6.7-13.8 s to declare a killed silo dead on loopback;
/// these take about a second or two. The trade-off is false suspicion: a silo paused for longer
/// than <see cref="ProbeTimeout"/> times <see cref="NumMissedProbesLimit"/> (a long GC, a starved
/// CPU) is declared dead by its peers and must restart. Two votes keep one confused silo from
/// evicting a healthy one once there are three or more; with two silos Orleans needs only the one.
/// </summary>
public static class ShippedMembership
{
    /// <summary>How long a probe may go unanswered.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How often a silo rereads the membership table besides gossip.</summary>
    public static readonly TimeSpan TableRefreshTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Missed probes before a silo suspects its peer.</summary>
    public const int NumMissedProbesLimit = 2;

    /// <summary>Suspicions needed to declare a silo dead.</summary>
    public const int NumVotesForDeathDeclaration = 2;

    /// <summary>Writes the shipped settings onto Orleans' options.</summary>
    public static void Apply(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ProbeTimeout = ProbeTimeout;
        options.TableRefreshTimeout = TableRefreshTimeout;
        options.NumMissedProbesLimit = NumMissedProbesLimit;
        options.NumVotesForDeathDeclaration = NumVotesForDeathDeclaration;
    }
}
