using System.Net;
using ConsultHub.Web.Cluster;
using Microsoft.Extensions.Configuration;

namespace ConsultHub.Web.Tests.Cluster;

public sealed class ClusterSettingsTests
{
    private static readonly Dictionary<string, string?> Cluster = new()
    {
        ["Orleans:Clustering:ProviderType"] = "AzureTableStorage",
        ["Orleans:Clustering:ConnectionString"] = "UseDevelopmentStorage=true",
        ["Storage:Provider"] = "AzureTable",
        ["Storage:AzureTable:ConnectionString"] = "UseDevelopmentStorage=true",
        ["Hub:OrganizerKey"] = "organizer-key-0123456789",
        ["Hub:TokenSigningKey"] = "token-signing-key-0123456789-0123456789",
    };

    [Fact]
    public void NothingSet_IsOneSiloAdvertisingLoopback()
    {
        var settings = ClusterSettings.Read(Configuration([]));

        Assert.False(settings.IsCluster);
        Assert.Equal(IPAddress.Loopback, settings.AdvertisedAddress);
        Assert.Null(settings.SiloPort);
    }

    [Fact]
    public void AzureTableClustering_WithEveryKey_IsAClusterOnItsPorts()
    {
        var settings = ClusterSettings.Read(Configuration(With(("Orleans:Endpoints:SiloPort", "11112"), ("Orleans:Endpoints:AdvertisedIPAddress", "10.0.0.7"))));

        Assert.True(settings.IsCluster);
        Assert.Equal("UseDevelopmentStorage=true", settings.ConnectionString);
        Assert.Equal(11112, settings.SiloPort);
        Assert.Equal(IPAddress.Parse("10.0.0.7"), settings.AdvertisedAddress);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Sqlite")]
    public void AzureTableClustering_OverSqlite_IsRefusedNamingBothKeys(string? storage)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ClusterSettings.Read(Configuration(With(("Storage:Provider", storage)))));

        Assert.Contains("Orleans:Clustering:ProviderType", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hub:OrganizerKey")]
    [InlineData("Hub:TokenSigningKey")]
    [InlineData("Orleans:Clustering:ConnectionString")]
    public void AzureTableClustering_WithoutASharedSetting_IsRefusedNamingIt(string key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ClusterSettings.Read(Configuration(With((key, null)))));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Orleans:Clustering:ProviderType", "Consul")]
    [InlineData("Orleans:Endpoints:SiloPort", "0")]
    [InlineData("Orleans:Endpoints:GatewayPort", "70000")]
    [InlineData("Orleans:Endpoints:AdvertisedIPAddress", "silo-1")]
    public void BadValue_IsRefusedNamingItsKey(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ClusterSettings.Read(Configuration(With((key, value)))));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> With(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(Cluster);
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }
        return values;
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
