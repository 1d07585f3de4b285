namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>Tests that share one in-process hub; each creates its own consultations.</summary>
[CollectionDefinition(Name)]
public sealed class HubServerCollection : ICollectionFixture<HubServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "hub server";
}
