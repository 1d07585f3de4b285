using ConsultHub.Grains.Tests.Hosting;
using ConsultHub.Grains.Wall;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>The wall grain alone on an Orleans test silo with fake time and a recording observer subscribed as the silo's.</summary>
public sealed class WallSilo : IAsyncDisposable
{
    public static readonly TimeSpan PushInterval = TimeSpan.FromMilliseconds(250);

    private TestSilo _silo = null!;

    private WallSilo()
    {
    }

    public FakeTimeProvider Time => _silo.Time;

    public RecordingWallNotifier Notifier { get; } = new();

    public TestSilo Silo => _silo;

    public IWallGrain Wall => _silo.Grains.GetGrain<IWallGrain>(IWallGrain.Key);

    public static async Task<WallSilo> StartAsync()
    {
        var wall = new WallSilo();
        wall._silo = await TestSilo.StartAsync((services, _) => services.AddWall(o => o.PushInterval = PushInterval));
        await wall.Notifier.SubscribeAsync(wall._silo.Grains);
        return wall;
    }

    /// <summary>Moves the clock and waits until the wall has run the ticks that fell due and their pushes have landed.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await Wall.GetSnapshotAsync();
        await Notifier.SettleAsync(TimeSpan.FromMilliseconds(150));
    }

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
