using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Views;

/// <summary>
/// An event as one audience may see it. Every audience gets every version, so streams have no
/// gaps; an event an audience may not see arrives as type <c>private</c> with no data.
/// </summary>
/// <param name="Type">The event's wire name, or <c>private</c>.</param>
/// <param name="Data">The audience's payload, or null.</param>
/// <param name="Tallies">The tallies after the event, when the event changed them.</param>
/// <param name="Queue">The whole queue after the event, when the event changed it: browsers never
/// re-implement the queue policies, they show the server's order.</param>
public sealed record ProjectedEvent(string Type, object? Data, Tallies? Tallies, IReadOnlyList<HandView>? Queue)
{
    /// <summary>The type name of a redacted event.</summary>
    public const string PrivateType = "private";
}
