using ConsultHub.Domain;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// The reply to a command: accepted at a version (durable), or refused with a stable code
/// (<c>forbidden</c>, <c>invalid</c>, <c>conflict</c>, <c>rate-limited</c>, <c>not-found</c>,
/// <c>unavailable</c>) and a message. A refusal changed nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("ConsultHub.CommandOutcome")]
public sealed record CommandOutcome
{
    /// <summary>The consultation's version after the command (or unchanged when refused).</summary>
    [Id(0)]
    public long Version { get; init; }

    /// <summary>The id the command created (a point, poll, turn or participant), if any.</summary>
    [Id(1)]
    public string? Id { get; init; }

    /// <summary>The refusal code, or null when accepted.</summary>
    [Id(2)]
    public string? Code { get; init; }

    /// <summary>The refusal message.</summary>
    [Id(3)]
    public string? Message { get; init; }

    /// <summary>True when accepted.</summary>
    public bool Accepted => Code is null;

    /// <summary>Storage could not be reached; nothing was written. Safe to retry.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>An accepted outcome.</summary>
    public static CommandOutcome Ok(long version, string? id = null) => new() { Version = version, Id = id };

    /// <summary>A refusal from the domain.</summary>
    public static CommandOutcome From(Rejection rejection, long version) =>
        new() { Version = version, Code = rejection.WireCode, Message = rejection.Message };

    /// <summary>A refusal with an explicit code.</summary>
    public static CommandOutcome Refused(string code, string message, long version) => new() { Version = version, Code = code, Message = message };

    /// <inheritdoc/>
    public override string ToString() => Accepted ? $"ok @{Version}" : $"{Code}: {Message}";
}
