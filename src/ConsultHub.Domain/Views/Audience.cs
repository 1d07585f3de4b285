namespace ConsultHub.Domain.Views;

/// <summary>
/// Who an event is shaped for. Events are projected once per audience, not per connection;
/// moderators and the organizer share the moderator audience.
/// </summary>
public enum Audience
{
    /// <summary>Everything but secrets.</summary>
    Moderator,

    /// <summary>Visible points, public queue and floor, poll results as allowed.</summary>
    Participant,

    /// <summary>As participants, never hidden or pending text, never moderation reasons.</summary>
    Observer,
}
