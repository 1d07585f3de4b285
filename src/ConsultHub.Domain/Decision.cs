using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain;

/// <summary>The outcome of deciding a command: the events to append, or a rejection and no events.</summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<ConsultationEvent> events, Rejection? rejection)
    {
        Events = events;
        Rejection = rejection;
    }

    /// <summary>The accepted events, in order; empty when rejected.</summary>
    public IReadOnlyList<ConsultationEvent> Events { get; }

    /// <summary>Why the command was refused, or null when accepted.</summary>
    public Rejection? Rejection { get; }

    /// <summary>True when the command was accepted.</summary>
    public bool IsAccepted => Rejection is null;

    /// <summary>Accepts with at least one event.</summary>
    public static Decision Accept(params ConsultationEvent[] events)
    {
        if (events.Length == 0)
        {
            throw new ArgumentException("An accepted command emits at least one event; refuse it instead.", nameof(events));
        }
        return new Decision(events, null);
    }

    /// <summary>Refuses with a code and a message.</summary>
    public static Decision Reject(RejectionCode code, string message) => new([], new Rejection(code, message));

    /// <summary>Refuses with an existing rejection.</summary>
    public static implicit operator Decision(Rejection rejection) => new([], rejection);
}
