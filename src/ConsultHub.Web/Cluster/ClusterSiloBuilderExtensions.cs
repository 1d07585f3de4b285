using Azure.Data.Tables;
using ConsultHub.Storage.AzureTable;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.Hosting;

namespace ConsultHub.Web.Cluster;

/// <summary>Makes one silo or a cluster of silos from Orleans' own configuration keys.</summary>
public static class ClusterSiloBuilderExtensions
{
    /// <summary>Where operators override the shipped membership settings (<see cref="ClusterMembershipOptions"/> property names).</summary>
    public const string MembershipSection = "Orleans:Membership";

    /// <summary>The reminders provider key: when set, Orleans configures reminders itself.</summary>
    public const string RemindersProviderKey = "Orleans:Reminders:ProviderType";

    /// <summary>
    /// With nothing set, one silo on localhost clustering (<paramref name="siloPort"/> and <paramref name="gatewayPort"/>
    /// unless <c>Orleans:Endpoints:*</c> is set). With <c>Orleans:Clustering:ProviderType=AzureTableStorage</c>,
    /// Orleans registers the membership table itself; this advertises 127.0.0.1 unless told
    /// otherwise, ships membership settings that fail over within seconds, and keeps reminders
    /// in Azure Table beside the journal unless <c>Orleans:Reminders:*</c> says otherwise.
    /// </summary>
    public static ISiloBuilder AddHubClustering(this ISiloBuilder silo, IConfiguration configuration, int siloPort, int gatewayPort)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configuration);
        var cluster = ClusterSettings.Read(configuration);
        // Orleans:Metadata:* (region among them) travels with the silo's membership entry.
        silo.UseSiloMetadata(configuration);
        silo.AddDashboard();
        if (!cluster.IsCluster)
        {
            silo.UseLocalhostClustering(cluster.SiloPort ?? siloPort, cluster.GatewayPort ?? gatewayPort);
            return silo;
        }
        silo.ConfigureEndpoints(
            cluster.AdvertisedAddress,
            cluster.SiloPort ?? EndpointOptions.DEFAULT_SILO_PORT,
            cluster.GatewayPort ?? gatewayPort,
            listenOnAnyHostAddress: false);
        silo.Configure<ClusterMembershipOptions>(options =>
        {
            ShippedMembership.Apply(options);
            configuration.GetSection(MembershipSection).Bind(options);
        });
        if (string.IsNullOrWhiteSpace(configuration[RemindersProviderKey]))
        {
            var journal = configuration[$"{AzureTableJournalOptions.SectionName}:{nameof(AzureTableJournalOptions.ConnectionString)}"];
            silo.UseAzureTableReminderService(options => options.TableServiceClient = new TableServiceClient(journal));
        }
        return silo;
    }
}
