using System.Globalization;
using System.Net;
using ConsultHub.Grains.Consultations;
using ConsultHub.Storage;
using ConsultHub.Storage.AzureTable;
using Microsoft.Extensions.Configuration;

namespace ConsultHub.Web.Cluster;

/// <summary>
/// The hub's reading of Orleans' own configuration keys (<c>Orleans:Clustering:*</c>,
/// <c>Orleans:Endpoints:*</c>): one silo on localhost clustering when nothing is set, a cluster
/// over Azure Table membership when <c>Orleans:Clustering:ProviderType</c> says so.
/// </summary>
public sealed class ClusterSettings
{
    /// <summary>Orleans' provider name for Azure Table membership.</summary>
    public const string AzureTableStorageProvider = "AzureTableStorage";

    /// <summary>The key naming the membership provider.</summary>
    public const string ProviderTypeKey = "Orleans:Clustering:ProviderType";

    /// <summary>The key holding the membership table's connection string.</summary>
    public const string ConnectionStringKey = "Orleans:Clustering:ConnectionString";

    /// <summary>The silo-to-silo port.</summary>
    public const string SiloPortKey = "Orleans:Endpoints:SiloPort";

    /// <summary>The port for external Orleans clients.</summary>
    public const string GatewayPortKey = "Orleans:Endpoints:GatewayPort";

    /// <summary>The address a silo gives the others.</summary>
    public const string AdvertisedAddressKey = "Orleans:Endpoints:AdvertisedIPAddress";

    private ClusterSettings(bool isCluster, string? connectionString, IPAddress advertisedAddress, int? siloPort, int? gatewayPort)
    {
        IsCluster = isCluster;
        ConnectionString = connectionString;
        AdvertisedAddress = advertisedAddress;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    /// <summary>True when silos find each other through Azure Table membership.</summary>
    public bool IsCluster { get; }

    /// <summary>The membership table's connection string (cluster only).</summary>
    public string? ConnectionString { get; }

    /// <summary>127.0.0.1 unless <c>Orleans:Endpoints:AdvertisedIPAddress</c> says otherwise: Orleans would advertise the machine's address.</summary>
    public IPAddress AdvertisedAddress { get; }

    /// <summary><c>Orleans:Endpoints:SiloPort</c> when set.</summary>
    public int? SiloPort { get; }

    /// <summary><c>Orleans:Endpoints:GatewayPort</c> when set.</summary>
    public int? GatewayPort { get; }

    /// <summary>
    /// Reads and checks the keys; bad values fail with a message naming the key. A cluster needs
    /// Azure Table journal storage (a SQLite file is one silo's) and configured keys (a generated
    /// key would differ per silo, so a token issued by one would fail on another).
    /// </summary>
    public static ClusterSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[ProviderTypeKey];
        var isCluster = !string.IsNullOrWhiteSpace(provider);
        if (isCluster && !string.Equals(provider, AzureTableStorageProvider, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{ProviderTypeKey} is '{provider}' but the hub supports only '{AzureTableStorageProvider}' (or nothing, for one silo).");
        }
        var connection = configuration[ConnectionStringKey];
        if (isCluster)
        {
            RequireClusterReady(configuration, connection);
        }
        return new ClusterSettings(
            isCluster,
            isCluster ? connection : null,
            ReadAddress(configuration),
            ReadPort(configuration, SiloPortKey, minimum: 1),
            ReadPort(configuration, GatewayPortKey, minimum: 0));
    }

    private static void RequireClusterReady(IConfiguration configuration, string? connection)
    {
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException($"{ProviderTypeKey}={AzureTableStorageProvider} needs {ConnectionStringKey}.");
        }
        var storage = configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"];
        if (!string.Equals(storage, StorageOptions.AzureTableProvider, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{ProviderTypeKey}={AzureTableStorageProvider} makes a cluster, but {StorageOptions.SectionName}:{nameof(StorageOptions.Provider)} is '{storage ?? StorageOptions.SqliteProvider}': " +
                $"a SQLite journal belongs to one silo. Set {StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}={StorageOptions.AzureTableProvider} " +
                $"(and {AzureTableJournalOptions.SectionName}:{nameof(AzureTableJournalOptions.ConnectionString)}).");
        }
        foreach (var name in new[] { nameof(ConsultationGrainOptions.OrganizerKey), nameof(ConsultationGrainOptions.TokenSigningKey) })
        {
            var key = $"{ConsultationGrainOptions.Section}:{name}";
            if (string.IsNullOrWhiteSpace(configuration[key]))
            {
                throw new InvalidOperationException($"{ProviderTypeKey}={AzureTableStorageProvider} needs {key} set on every silo: a generated key would differ from silo to silo.");
            }
        }
    }

    private static IPAddress ReadAddress(IConfiguration configuration)
    {
        var text = configuration[AdvertisedAddressKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return IPAddress.Loopback;
        }
        return IPAddress.TryParse(text, out var address)
            ? address
            : throw new InvalidOperationException($"{AdvertisedAddressKey} is '{text}' but must be an IP address.");
    }

    private static int? ReadPort(IConfiguration configuration, string key, int minimum)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port >= minimum && port <= 65535
            ? port
            : throw new InvalidOperationException($"{key} is '{text}' but must be a port from {minimum} to 65535.");
    }
}
