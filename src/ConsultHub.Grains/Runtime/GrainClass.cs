using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Grains.Runtime;

/// <summary>A registered grain class and its cached constructor. One instance per class, so
/// <see cref="GrainId"/> compares it by reference.</summary>
internal sealed class GrainClass(Type type)
{
    private readonly ObjectFactory _create = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);

    public Type Type { get; } = type;

    public Grain Create(IServiceProvider services) => (Grain)_create(services, []);

    public override string ToString() => Type.Name;
}
