namespace ConsultHub.Web.Tests.Trust.Fixtures;

/// <summary>Trust tests of the shipped abuse limits.</summary>
[CollectionDefinition(Name)]
public sealed class DefaultLimitsCollection : ICollectionFixture<DefaultLimitsHost>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "trust: default limits";
}
