namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>How long tests wait for something that should happen at once over loopback.</summary>
public static class Waits
{
    /// <summary>For one event or reply.</summary>
    public static readonly TimeSpan Short = TimeSpan.FromSeconds(10);

    /// <summary>For a burst of traffic to drain.</summary>
    public static readonly TimeSpan Long = TimeSpan.FromSeconds(30);
}
