namespace ConsultHub.Grains.Tests.Hosting;

/// <summary>
/// The test classes that start a <see cref="ThreeSiloCluster"/> each (one per class) run one after
/// another and alone: three silos take the CPU that other classes' timing assertions count on.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ThreeSiloClusters
{
    public const string Name = "three-silo clusters";
}
