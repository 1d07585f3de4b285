namespace ConsultHub.Grains.Wall;

/// <summary>Where the wall grain pushes its changes; the web layer implements it over SignalR.</summary>
public interface IWallNotifier
{
    /// <summary>Publishes one batch of changed entries. Called inside the wall grain's turn.</summary>
    Task PublishAsync(WallUpdate update);
}
