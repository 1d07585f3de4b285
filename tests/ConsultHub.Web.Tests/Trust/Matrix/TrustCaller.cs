namespace ConsultHub.Web.Tests.Trust.Matrix;

/// <summary>The callers of the authorization matrix, in the order of its columns.</summary>
public enum TrustCaller
{
    /// <summary>No credential at all.</summary>
    Anonymous,

    /// <summary>The consultation's observer key.</summary>
    Observer,

    /// <summary>A participant of this consultation (their token).</summary>
    Participant,

    /// <summary>A participant of another consultation.</summary>
    OtherParticipant,

    /// <summary>A participant of this consultation whom a moderator removed.</summary>
    Removed,

    /// <summary>This consultation's moderator key.</summary>
    Moderator,

    /// <summary>Another consultation's moderator key.</summary>
    OtherModerator,

    /// <summary>The hub's organizer key.</summary>
    Organizer,
}
