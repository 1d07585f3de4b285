using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;

namespace ConsultHub.Grains.Hosting;

/// <summary>
/// The copier of domain types: they are immutable records (state, commands, views, callers), so a
/// call between grains of one silo passes the same instance instead of a JSON round trip. Orleans
/// otherwise deep-copies every argument of a local call; the domain project cannot carry Orleans'
/// <c>[Immutable]</c>, so this says it from the Grains project.
/// </summary>
public sealed class ImmutableDomainCopier : IGeneralizedCopier, IOptionalDeepCopier
{
    /// <inheritdoc/>
    public bool IsSupportedType(Type type) => DomainTypes.Contains(type);

    /// <inheritdoc/>
    public bool IsShallowCopyable() => true;

    /// <inheritdoc/>
    public object? DeepCopy(object? input, CopyContext context) => input;
}
