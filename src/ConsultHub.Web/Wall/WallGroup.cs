namespace ConsultHub.Web.Wall;

/// <summary>The SignalR group of wall watchers; every watcher gets the same public entries.</summary>
public static class WallGroup
{
    /// <summary>The group's name.</summary>
    public const string Name = "wall";
}
