using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>Giving the floor, ending turns, and the timer's warning and overtime marks.</summary>
internal static class FloorRules
{
    public static Decision Give(ConsultationState state, Caller caller, GiveFloor command, DateTimeOffset now)
    {
        if (Guard.ModeratorOfOpen(state, caller) is { } bad)
        {
            return bad;
        }
        if (state.Status != ConsultationStatus.Live)
        {
            return Decision.Reject(RejectionCode.Conflict, "Start the consultation before giving the floor.");
        }
        if (state.Floor is not null)
        {
            return Decision.Reject(RejectionCode.Conflict, "Someone has the floor; end the current turn first.");
        }
        string participantId;
        if (command.ParticipantId is null)
        {
            if (state.Queue.IsEmpty)
            {
                return Decision.Reject(RejectionCode.Conflict, "The queue is empty; name the participant to give the floor to.");
            }
            participantId = state.Queue[0].ParticipantId;
        }
        else if (state.ActiveParticipant(command.ParticipantId) is null)
        {
            return Decision.Reject(RejectionCode.NotFound, "No such participant.");
        }
        else
        {
            participantId = command.ParticipantId;
        }
        var hand = state.Queue.Find(h => h.ParticipantId == participantId);
        var turnId = $"T{state.Turns.Count + 1}";
        return Decision.Accept(new FloorGiven(turnId, participantId, hand?.Intent, now, state.Settings.SpeakingLimitSeconds));
    }

    public static Decision End(ConsultationState state, Caller caller, DateTimeOffset now)
    {
        // Who before what: a caller who could never end a turn learns nothing about the floor.
        if (!caller.IsModerator && state.ActiveParticipant(caller.ParticipantId) is null)
        {
            return Decision.Reject(RejectionCode.Forbidden, "Only a moderator or the speaker may end the turn.");
        }
        if (Guard.NotClosed(state) is { } closed)
        {
            return closed;
        }
        if (state.Floor is not { } floor)
        {
            return Decision.Reject(RejectionCode.Conflict, "Nobody has the floor.");
        }
        var isSpeaker = caller.ParticipantId is not null && caller.ParticipantId == floor.ParticipantId && state.ActiveParticipant(caller.ParticipantId) is not null;
        return caller.IsModerator || isSpeaker
            ? Decision.Accept(new TurnEnded(floor.Id, now))
            : Decision.Reject(RejectionCode.Forbidden, "Only a moderator or the speaker may end the turn.");
    }

    public static Decision Warn(ConsultationState state, Caller caller, WarnTurn command, DateTimeOffset now) =>
        Timer(state, caller, command.TurnId) is { } bad ? bad
        : state.Floor!.Warned ? Decision.Reject(RejectionCode.Conflict, "The warning was already given.")
        : now < state.Floor.WarnAt ? Decision.Reject(RejectionCode.Conflict, "The warning is not due yet.")
        : Decision.Accept(new TurnWarned(command.TurnId));

    public static Decision Overtime(ConsultationState state, Caller caller, MarkOvertime command, DateTimeOffset now) =>
        Timer(state, caller, command.TurnId) is { } bad ? bad
        : state.Floor!.Overtime ? Decision.Reject(RejectionCode.Conflict, "The turn is already in overtime.")
        : now < state.Floor.EndsAt ? Decision.Reject(RejectionCode.Conflict, "The limit has not been reached yet.")
        : Decision.Accept(new TurnOvertime(command.TurnId));

    private static Rejection? Timer(ConsultationState state, Caller caller, string turnId) =>
        caller.Role != Role.System ? Guard.Reject(RejectionCode.Forbidden, "Only the hub's own timer marks turns.")
        : state.Floor is not { } floor || floor.Id != turnId ? Guard.Reject(RejectionCode.Conflict, "That turn is not running.")
        : null;
}
