namespace ConsultHub.Grains.Runtime;

/// <summary>The reason passed to <see cref="Grain.OnDeactivateAsync"/>.</summary>
/// <param name="reasonCode">The kind of reason.</param>
/// <param name="description">A sentence for logs.</param>
public readonly struct DeactivationReason(DeactivationReasonCode reasonCode, string description)
{
    /// <summary>The kind of reason.</summary>
    public DeactivationReasonCode ReasonCode { get; } = reasonCode;

    /// <summary>A sentence for logs.</summary>
    public string Description { get; } = description;

    /// <inheritdoc/>
    public override string ToString() => $"{ReasonCode}: {Description}";
}
