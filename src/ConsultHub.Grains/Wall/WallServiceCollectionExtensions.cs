using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConsultHub.Grains.Wall;

/// <summary>Registers the delegates' wall.</summary>
public static class WallServiceCollectionExtensions
{
    /// <summary>
    /// Adds the feed consultation grains report through, with validated <see cref="WallOptions"/>;
    /// uses a registered <see cref="IWallFeed"/> if there is one. Safe to call twice. Without this call
    /// consultation grains report nothing (the wall grain itself is found by Orleans like every grain).
    /// Silos receive the wall's updates by subscribing an <see cref="IWallObserver"/> with the wall grain.
    /// </summary>
    public static IServiceCollection AddWall(this IServiceCollection services, Action<WallOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<WallOptions>().ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddSingleton<IWallFeed, GrainWallFeed>();
        return services;
    }
}
