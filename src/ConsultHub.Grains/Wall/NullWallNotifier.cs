namespace ConsultHub.Grains.Wall;

/// <summary>Drops wall updates, for hosts without browsers.</summary>
public sealed class NullWallNotifier : IWallNotifier
{
    /// <inheritdoc/>
    public Task PublishAsync(WallUpdate update) => Task.CompletedTask;
}
