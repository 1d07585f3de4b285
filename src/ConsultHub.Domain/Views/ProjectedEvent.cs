using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Views;

/// <summary>
/// An event as one audience may see it. Every audience gets every version, so streams have no
/// gaps; an event an audience may not see arrives as type <c>private</c> with no data.
/// </summary>
/// <param name="Type">The event's wire name, or <c>private</c>.</param>
/// <param name="Data">The audience's payload, or null.</param>
/// <param name="Tallies">The tallies after the event, when the event changed them.</param>
public sealed record ProjectedEvent(string Type, object? Data, Tallies? Tallies)
{
    /// <summary>The type name of a redacted event.</summary>
    public const string PrivateType = "private";
}
