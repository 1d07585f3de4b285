using ConsultHub.Storage.AzureTable;
using ConsultHub.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConsultHub.Storage.Tests;

public sealed class JournalServiceCollectionExtensionsTests : IDisposable
{
    private const string AzuriteConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("consulthub-di-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task AddEventJournal_WithoutConfiguration_ChoosesSqliteAtDataHubDb()
    {
        using var host = Build([]);
        await host.StartAsync();

        Assert.Equal(StorageOptions.SqliteProvider, host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
        Assert.Equal("data/hub.db", host.Services.GetRequiredService<IOptions<SqliteJournalOptions>>().Value.Path);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddEventJournal_WithASqlitePath_ResolvesASqliteJournalOnThatFile()
    {
        var path = Path.Combine(_directory.FullName, "hub.db");
        using var host = Build(new() { ["Storage:Provider"] = "sqlite", ["Storage:Sqlite:Path"] = path, ["Storage:Sqlite:MaxBatchSize"] = "16" });
        await host.StartAsync();

        var journal = Assert.IsType<SqliteEventJournal>(host.Services.GetRequiredService<IEventJournal>());

        Assert.Equal(path, journal.DatabasePath);
        Assert.Same(journal, host.Services.GetRequiredService<IEventJournal>());
        await host.StopAsync();
    }

    [Fact]
    public async Task AddEventJournal_WithAzureTable_ResolvesAnAzureTableJournal()
    {
        using var host = Build(new() { ["Storage:Provider"] = "AzureTable", ["Storage:AzureTable:ConnectionString"] = AzuriteConnectionString });
        await host.StartAsync();

        Assert.IsType<AzureTableEventJournal>(host.Services.GetRequiredService<IEventJournal>());
        Assert.Equal("consulthubevents", host.Services.GetRequiredService<IOptions<AzureTableJournalOptions>>().Value.TableName);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_WithSqlite_IgnoresInvalidAzureTableSettings()
    {
        using var host = Build(new() { ["Storage:Sqlite:Path"] = Path.Combine(_directory.FullName, "hub.db"), ["Storage:AzureTable:TableName"] = "x" });

        await host.StartAsync();
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Storage:Provider", "Cosmos", "Storage:Provider")]
    [InlineData("Storage:Provider", "AzureTable", "Storage:AzureTable:ConnectionString")]
    [InlineData("Storage:Sqlite:MaxBatchSize", "0", "Storage:Sqlite:MaxBatchSize")]
    [InlineData("Storage:Sqlite:Path", " ", "Storage:Sqlite:Path")]
    public async Task Start_WithABadSetting_FailsNamingTheKey(string key, string value, string namedKey)
    {
        using var host = Build(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(namedKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEventJournal_BindsTheSqliteDurability()
    {
        var path = Path.Combine(_directory.FullName, "hub.db");
        using var host = Build(new() { ["Storage:Sqlite:Path"] = path, ["Storage:Sqlite:Durability"] = "processcrash" });
        await host.StartAsync();

        Assert.Equal(SqliteDurability.ProcessCrash, host.Services.GetRequiredService<IOptions<SqliteJournalOptions>>().Value.Durability);
        Assert.IsType<SqliteEventJournal>(host.Services.GetRequiredService<IEventJournal>());
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_WithAnUnknownDurability_FailsNamingTheKey()
    {
        using var host = Build(new() { ["Storage:Sqlite:Durability"] = "sometimes" });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Storage:Sqlite:Durability", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WithAnUnknownProvider_FailsNamingTheKey()
    {
        using var host = Build(new() { ["Storage:Provider"] = "Cosmos" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IEventJournal>());

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddEventJournal(builder.Configuration);
        return builder.Build();
    }
}
