using System.ComponentModel.DataAnnotations;

namespace ConsultHub.Grains.Runtime;

/// <summary>Settings of the grain runtime. Defaults are the initializers below; the options validate themselves on start.</summary>
public sealed class GrainRuntimeOptions : IValidatableObject
{
    /// <summary>How long an activation may stay idle before it is deactivated. Default 15 minutes.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for. Default 1 minute.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long OnDeactivateAsync may run before the runtime retires the activation anyway. Default 30 seconds.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[]
        {
            (nameof(CollectionAge), CollectionAge),
            (nameof(CollectionQuantum), CollectionQuantum),
            (nameof(DeactivationTimeout), DeactivationTimeout),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return new ValidationResult($"{name} must be positive; it is {value}.", [name]);
            }
        }

        if (CollectionQuantum > CollectionAge)
        {
            yield return new ValidationResult(
                $"{nameof(CollectionQuantum)} ({CollectionQuantum}) must not exceed {nameof(CollectionAge)} ({CollectionAge}).",
                [nameof(CollectionQuantum), nameof(CollectionAge)]);
        }
    }
}
