namespace ConsultHub.Web.Tests.Trust.Fixtures;

/// <summary>Trust tests that share the open-limits host (fuzz, matrix, secrets); they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class OpenLimitsCollection : ICollectionFixture<OpenLimitsHost>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "trust: open limits";
}
