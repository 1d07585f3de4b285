using System.Reflection;

namespace ConsultHub.Grains.Runtime;

/// <summary>
/// The proxy behind every grain reference: each interface call becomes a call routed to the
/// grain's activation. References to the same grain are equal.
/// </summary>
internal class GrainReference : DispatchProxy
{
    private GrainDispatcher _dispatcher = null!;
    private GrainInterfaceInfo _interface = null!;

    public GrainId GrainId { get; private set; }

    public override bool Equals(object? obj) => obj is GrainReference other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => $"{_interface.Type.Name}/{GrainId.Key}";

    internal void Bind(GrainDispatcher dispatcher, GrainInterfaceInfo grainInterface, GrainId id)
    {
        _dispatcher = dispatcher;
        _interface = grainInterface;
        GrainId = id;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        _interface[targetMethod!].Dispatch(_dispatcher, GrainId, args);
}
