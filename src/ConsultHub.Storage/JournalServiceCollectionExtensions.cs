using ConsultHub.Storage.AzureTable;
using ConsultHub.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultHub.Storage;

/// <summary>Registers the event journal the configuration asks for.</summary>
public static class JournalServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IEventJournal"/>: <see cref="SqliteEventJournal"/> when
    /// <c>Storage:Provider</c> is <c>Sqlite</c> or absent (options from <c>Storage:Sqlite</c>), or
    /// <see cref="AzureTableEventJournal"/> when it is <c>AzureTable</c> (options from
    /// <c>Storage:AzureTable</c>). Options are validated when the host starts, and a failure names
    /// the configuration key at fault; only the chosen provider's options are validated.
    /// </summary>
    public static IServiceCollection AddEventJournal(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        AddValidatedOptions<StorageOptions>(services, configuration, StorageOptions.SectionName);
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.IsAzureTable)
        {
            AddValidatedOptions<AzureTableJournalOptions>(services, configuration, AzureTableJournalOptions.SectionName);
            services.AddSingleton<IEventJournal>(provider => new AzureTableEventJournal(
                ValidOptions<AzureTableJournalOptions>(provider), provider.GetService<ILogger<AzureTableEventJournal>>()));
        }
        else if (storage.IsSqlite)
        {
            AddValidatedOptions<SqliteJournalOptions>(services, configuration, SqliteJournalOptions.SectionName);
            services.AddSingleton<IEventJournal>(provider => new SqliteEventJournal(
                ValidOptions<SqliteJournalOptions>(provider), provider.GetService<ILogger<SqliteEventJournal>>()));
        }
        else
        {
            // Resolving the journal reports the same validation failure as the host's start does.
            services.AddSingleton<IEventJournal>(provider =>
            {
                _ = ValidOptions<StorageOptions>(provider);
                throw new InvalidOperationException($"Unknown {StorageOptions.SectionName}:{nameof(StorageOptions.Provider)} '{storage.Provider}'.");
            });
        }

        return services;
    }

    private static void AddValidatedOptions<TOptions>(IServiceCollection services, IConfiguration configuration, string sectionName)
        where TOptions : class, IValidatableOptions
    {
        services.AddSingleton<IValidateOptions<TOptions>, SelfValidation<TOptions>>();
        services.AddOptions<TOptions>().Bind(configuration.GetSection(sectionName)).ValidateOnStart();
    }

    private static TOptions ValidOptions<TOptions>(IServiceProvider provider)
        where TOptions : class =>
        provider.GetRequiredService<IOptions<TOptions>>().Value;
}
