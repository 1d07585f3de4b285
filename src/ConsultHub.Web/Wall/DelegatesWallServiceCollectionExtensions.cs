using ConsultHub.Grains.Wall;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Web.Wall;

/// <summary>Registers the delegates' wall with this silo's SignalR observer of it.</summary>
public static class DelegatesWallServiceCollectionExtensions
{
    /// <summary>Adds the wall, binds <see cref="WallOptions"/> to the <c>Wall</c> section and subscribes this silo's SignalR observer to the wall grain.</summary>
    public static IServiceCollection AddDelegatesWall(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WallOptions>().Bind(configuration.GetSection(WallOptions.Section));
        services.AddSingleton<SignalRWallNotifier>();
        services.AddSingleton<WallSubscription>();
        services.AddHostedService(sp => sp.GetRequiredService<WallSubscription>());
        return services.AddWall();
    }
}
