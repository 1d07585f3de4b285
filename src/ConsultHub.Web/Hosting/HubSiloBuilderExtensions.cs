using System.ComponentModel.DataAnnotations;
using Azure.Data.Tables;
using ConsultHub.Domain.Serialization;
using ConsultHub.Grains.Hosting;
using ConsultHub.Grains.Storage;
using ConsultHub.Storage;
using ConsultHub.Storage.AzureTable;
using ConsultHub.Storage.Sqlite;
using ConsultHub.Web.Cluster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Persistence.FileStorage;
using Orleans.Serialization;

namespace ConsultHub.Web.Hosting;

/// <summary>Configures the Orleans silo the hub runs in.</summary>
public static class HubSiloBuilderExtensions
{
    /// <summary>Appended to the journal's table name for the table of grain state when <c>Storage:Provider=AzureTable</c>.</summary>
    public const string GrainStateTableSuffix = "grains";

    /// <summary>
    /// One silo on 127.0.0.1 with localhost clustering (zero configuration), domain types serialized
    /// with the domain's JSON conventions, and grain state under <see cref="GrainStorage.Name"/>.
    /// </summary>
    public static ISiloBuilder AddHubSilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoints = configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        Validator.ValidateObject(endpoints, new ValidationContext(endpoints), validateAllProperties: true);
        silo.AddHubClustering(configuration, endpoints.SiloPort, endpoints.GatewayPort);
        silo.AddConsultHubGrains();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (configuration.GetSection($"Orleans:GrainStorage:{GrainStorage.Name}").Exists())
        {
            // Orleans registered the provider these keys name before this ran.
            return silo;
        }
        if (string.Equals(storage.Provider, StorageOptions.AzureTableProvider, StringComparison.OrdinalIgnoreCase))
        {
            var connection = configuration[$"{AzureTableJournalOptions.SectionName}:{nameof(AzureTableJournalOptions.ConnectionString)}"];
            silo.AddAzureTableGrainStorage(GrainStorage.Name, options =>
            {
                options.TableName = GrainStateTableName(configuration);
                if (!string.IsNullOrWhiteSpace(connection))
                {
                    options.TableServiceClient = new TableServiceClient(connection);
                }
            });
        }
        else
        {
            silo.AddFileGrainStorage(GrainStorage.Name, options => options.RootDirectory = GrainStateDirectory(configuration));
        }
        return silo;
    }

    /// <summary>The table of grain state beside the journal's: <c>Storage:AzureTable:TableName</c> and <see cref="GrainStateTableSuffix"/>, at most 63 characters.</summary>
    public static string GrainStateTableName(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var journal = configuration[$"{AzureTableJournalOptions.SectionName}:{nameof(AzureTableJournalOptions.TableName)}"] is { Length: > 0 } name ? name : new AzureTableJournalOptions().TableName;
        var table = journal + GrainStateTableSuffix;
        return table.Length <= 63 ? table : table[..63];
    }

    /// <summary>
    /// The embedded default keeps grain state in files beside the SQLite journal, through Orleans'
    /// own file grain storage: Orleans' ADO.NET storage would work on Microsoft.Data.Sqlite, but no
    /// schema script ships for SQLite and dotnet/orleans#11303 reports it writing duplicate rows.
    /// </summary>
    public static string GrainStateDirectory(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var journal = configuration[$"{SqliteJournalOptions.SectionName}:{nameof(SqliteJournalOptions.Path)}"] is { Length: > 0 } path ? path : new SqliteJournalOptions().Path;
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(journal)) ?? ".", "grains");
    }
}
