using System.Text.Json.Serialization;
namespace ConsultHub.Domain.Model;

/// <summary>
/// Who issues a command, as the grain resolved it from a key or token. A moderator who also
/// joined as a participant carries both the moderator role and a participant id.
/// </summary>
/// <param name="Role">The resolved role.</param>
/// <param name="ParticipantId">The caller's participant id, when the caller joined.</param>
/// <param name="Label">How the moderation ledger names the caller ("moderator", a display name).</param>
public sealed record Caller(Role Role, string? ParticipantId = null, string Label = "")
{
    /// <summary>The grain itself: timers and presence housekeeping.</summary>
    public static Caller System { get; } = new(Role.System, null, "system");

    /// <summary>A caller without credentials.</summary>
    public static Caller Anonymous { get; } = new(Role.Anonymous, null, "anonymous");

    /// <summary>A holder of the hub's organizer key.</summary>
    public static Caller Organizer { get; } = new(Role.Organizer, null, "organizer");

    /// <summary>A holder of the observer key, or anyone watching a public consultation.</summary>
    public static Caller Observer { get; } = new(Role.Observer, null, "observer");

    /// <summary>A holder of the moderator key.</summary>
    public static Caller Moderator(string label = "moderator", string? participantId = null) => new(Role.Moderator, participantId, label);

    /// <summary>A participant holding a valid token.</summary>
    public static Caller Participant(string participantId, string label = "") => new(Role.Participant, participantId, label);

    /// <summary>True for the moderator role.</summary>
    [JsonIgnore]
    public bool IsModerator => Role == Role.Moderator;
}
