using System.ComponentModel.DataAnnotations;

namespace ConsultHub.Grains.Wall;

/// <summary>How often the wall moves (configuration section <c>Wall</c>).</summary>
public sealed class WallOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Wall";

    /// <summary>The least time between two reports of one consultation: 2 a second at most by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00.01", "00:01:00")]
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The least time between two pushes to wall watchers; reports arriving meanwhile go out together.</summary>
    [Range(typeof(TimeSpan), "00:00:00.01", "00:01:00")]
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a silo's wall subscription lasts without renewal (silos renew every 2 seconds).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SubscriptionExpiry { get; set; } = TimeSpan.FromSeconds(30);
}
