using ConsultHub.Grains.Tests.Hosting;
using ConsultHub.Grains.Wall;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>The wall grain alone on an Orleans test silo with fake time and a recording notifier.</summary>
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
        wall._silo = await TestSilo.StartAsync((services, _) => services.AddSingleton<IWallNotifier>(wall.Notifier).AddWall(o => o.PushInterval = PushInterval));
        return wall;
    }

    /// <summary>Moves the clock and waits until the wall has run the ticks that fell due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await Wall.GetSnapshotAsync();
    }

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
