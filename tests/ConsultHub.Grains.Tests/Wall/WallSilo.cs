using ConsultHub.Grains.Runtime;
using ConsultHub.Grains.Tests.Runtime;
using ConsultHub.Grains.Wall;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>The wall grain alone on a grain runtime with a manual clock and a recording notifier.</summary>
public sealed class WallSilo : IAsyncDisposable
{
    public static readonly TimeSpan PushInterval = TimeSpan.FromMilliseconds(250);

    private readonly ServiceProvider _services;

    public WallSilo()
    {
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IWallNotifier>(Notifier)
            .AddGrainRuntime()
            .AddWall(o => o.PushInterval = PushInterval)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public ManualTimeProvider Time { get; } = new();

    public RecordingWallNotifier Notifier { get; } = new();

    public IWallGrain Wall => _services.GetRequiredService<IGrainFactory>().GetGrain<IWallGrain>(IWallGrain.Key);

    /// <summary>Moves the clock and waits until the wall has run the ticks that fell due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await Wall.GetSnapshotAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<GrainRuntime>().StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
