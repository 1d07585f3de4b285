using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>Raising, lowering and arranging hands.</summary>
internal static class QueueRules
{
    public static Decision Raise(ConsultationState state, Caller caller, RaiseHand command, DateTimeOffset now)
    {
        if (Guard.First(Guard.OpenMember(state, caller, out var p), Guard.Defined(command.Intent, "Intent")) is { } bad)
        {
            return bad;
        }
        if (state.Floor?.ParticipantId == p.Id)
        {
            return Decision.Reject(RejectionCode.Conflict, "You have the floor.");
        }
        return state.QueueIndexOf(p.Id) >= 0
            ? Decision.Reject(RejectionCode.Conflict, "Your hand is already raised.")
            : Decision.Accept(new HandRaised(p.Id, command.Intent, now));
    }

    public static Decision Lower(ConsultationState state, Caller caller, DateTimeOffset now) =>
        Guard.OpenMember(state, caller, out var p) is { } bad ? bad
        : state.QueueIndexOf(p.Id) < 0 ? Decision.Reject(RejectionCode.Conflict, "Your hand is not raised.")
        : Decision.Accept(new HandLowered(p.Id, HandLoweredReason.Own, now));

    public static Decision LowerAll(ConsultationState state, Caller caller, LowerAllHands command, DateTimeOffset now)
    {
        if (Guard.First(Guard.ModeratorOfOpen(state, caller), Guard.OptionalText(command.Reason, "Reason", ParticipantRules.MaxReason, out var reason)) is { } bad)
        {
            return bad;
        }
        return state.Queue.IsEmpty
            ? Decision.Reject(RejectionCode.Conflict, "No hands are raised.")
            : Decision.Accept(new AllHandsLowered(caller.Label, reason, now));
    }

    public static Decision Remove(ConsultationState state, Caller caller, RemoveHand command, DateTimeOffset now)
    {
        if (Guard.First(Guard.ModeratorOfOpen(state, caller), Guard.OptionalText(command.Reason, "Reason", ParticipantRules.MaxReason, out var reason)) is { } bad)
        {
            return bad;
        }
        return state.QueueIndexOf(command.ParticipantId ?? "") < 0
            ? Decision.Reject(RejectionCode.NotFound, "That participant has no hand raised.")
            : Decision.Accept(new HandLowered(command.ParticipantId!, HandLoweredReason.Moderator, now, caller.Label, reason));
    }

    public static Decision Move(ConsultationState state, Caller caller, MoveHand command, DateTimeOffset now)
    {
        if (Guard.First(Guard.ModeratorOfOpen(state, caller), Guard.OptionalText(command.Reason, "Reason", ParticipantRules.MaxReason, out var reason)) is { } bad)
        {
            return bad;
        }
        var index = state.QueueIndexOf(command.ParticipantId ?? "");
        if (index < 0)
        {
            return Decision.Reject(RejectionCode.NotFound, "That participant has no hand raised.");
        }
        if (command.Position < 1 || command.Position > state.Queue.Count)
        {
            return Decision.Reject(RejectionCode.Invalid, $"Position must be between 1 and {state.Queue.Count}.");
        }
        return command.Position == index + 1
            ? Decision.Reject(RejectionCode.Conflict, "The hand is already at that position.")
            : Decision.Accept(new HandMoved(command.ParticipantId!, command.Position, caller.Label, reason, now));
    }
}
