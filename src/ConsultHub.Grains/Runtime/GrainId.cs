namespace ConsultHub.Grains.Runtime;

/// <summary>Identifies one grain: its class and key. Interfaces implemented by the same class share activations.</summary>
internal readonly record struct GrainId(GrainClass Class, string Key)
{
    public override string ToString() => $"{Class}/{Key}";
}
