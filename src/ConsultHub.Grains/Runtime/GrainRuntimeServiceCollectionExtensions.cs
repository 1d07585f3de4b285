using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultHub.Grains.Runtime;

/// <summary>Registers the grain runtime and grain classes.</summary>
public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime: <see cref="IGrainFactory"/>, <see cref="GrainRuntime"/> (also as a hosted
    /// service) and validated <see cref="GrainRuntimeOptions"/>. Uses a registered
    /// <see cref="TimeProvider"/> if there is one, else the system clock. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        if (services.Any(descriptor => descriptor.ServiceType == typeof(GrainRuntime)))
        {
            return services;
        }

        services.AddOptions<GrainRuntimeOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new GrainTypeMap(provider.GetServices<GrainRegistration>()));
        services.AddSingleton(_ => new ActivationDirectory());
        services.AddSingleton(provider => new GrainDispatcher(
            provider.GetRequiredService<ActivationDirectory>(),
            provider.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<ILogger<GrainRuntime>>()));
        services.AddSingleton<IGrainFactory>(provider => new GrainFactory(
            provider.GetRequiredService<GrainTypeMap>(), provider.GetRequiredService<GrainDispatcher>()));
        services.AddSingleton(provider => new GrainRuntime(
            provider.GetRequiredService<GrainDispatcher>(),
            provider.GetRequiredService<ActivationDirectory>(),
            new IdleCollector(
                provider.GetRequiredService<ActivationDirectory>(),
                provider.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<GrainRuntime>>()),
            provider.GetRequiredService<ILogger<GrainRuntime>>()));
        services.AddHostedService(provider => provider.GetRequiredService<GrainRuntime>());
        return services;
    }

    /// <summary>Registers <typeparamref name="TGrain"/> as the class behind <typeparamref name="TGrainInterface"/>.
    /// A class may implement several grain interfaces; references through any of them with one key reach one activation.</summary>
    public static IServiceCollection AddGrain<TGrainInterface, TGrain>(this IServiceCollection services)
        where TGrainInterface : IGrainWithStringKey
        where TGrain : Grain, TGrainInterface
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new GrainRegistration(typeof(TGrainInterface), typeof(TGrain)));
        return services;
    }
}
