using ConsultHub.Domain.Model;

namespace ConsultHub.Domain;

/// <summary>Why a command was refused: a stable code and a sentence a person understands.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Message">What went wrong and, where it helps, what to do.</param>
public sealed record Rejection(RejectionCode Code, string Message)
{
    /// <summary>The code as SPEC.md spells it on the wire: <c>forbidden</c>, <c>invalid</c>, <c>conflict</c>, <c>rate-limited</c>, <c>not-found</c>.</summary>
    public string WireCode => Code switch
    {
        RejectionCode.Forbidden => "forbidden",
        RejectionCode.Invalid => "invalid",
        RejectionCode.Conflict => "conflict",
        RejectionCode.RateLimited => "rate-limited",
        RejectionCode.NotFound => "not-found",
        _ => throw new ArgumentOutOfRangeException(nameof(Code), Code, null),
    };

    /// <inheritdoc/>
    public override string ToString() => $"{WireCode}: {Message}";
}
