using ConsultHub.Testing.Azurite;

namespace ConsultHub.Web.Tests.Hosting.GrainState;

/// <summary><c>Storage:Provider=AzureTable</c>: Microsoft.Orleans.Persistence.AzureStorage on Azurite, in a table of this test's own.</summary>
public sealed class AzureTableGrainStateStorageTests(AzuriteFixture azurite) : GrainStateStorageContract, IClassFixture<AzuriteFixture>
{
    private readonly string _table = "grainstate" + Guid.NewGuid().ToString("n")[..12];

    protected override IEnumerable<KeyValuePair<string, string?>> StorageSettings =>
        [new("Storage:Provider", "AzureTable"), new("Storage:AzureTable:ConnectionString", azurite.ConnectionString), new("Storage:AzureTable:TableName", _table)];
}
