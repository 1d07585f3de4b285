using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Web.Summaries;

/// <summary>Registers what the summary endpoints need.</summary>
public static class SummaryServiceCollectionExtensions
{
    /// <summary>Adds the <see cref="SummaryCatalog"/>.</summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services) => services.AddSingleton<SummaryCatalog>();
}
