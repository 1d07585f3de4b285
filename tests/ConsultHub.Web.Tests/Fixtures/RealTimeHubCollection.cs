namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>Tests on the real clock share one hub and run beside the other collections.</summary>
[CollectionDefinition(Name)]
public sealed class RealTimeHubCollection : ICollectionFixture<RealTimeHub>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "real-time hub";
}
