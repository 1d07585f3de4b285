using ConsultHub.Grains.Wall;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Web.Wall;

/// <summary>Registers the delegates' wall with its SignalR notifier.</summary>
public static class DelegatesWallServiceCollectionExtensions
{
    /// <summary>Adds the wall grain, binds <see cref="WallOptions"/> to the <c>Wall</c> section and pushes over SignalR.</summary>
    public static IServiceCollection AddDelegatesWall(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WallOptions>().Bind(configuration.GetSection(WallOptions.Section));
        services.AddSingleton<IWallNotifier, SignalRWallNotifier>();
        return services.AddWall();
    }
}
