using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>Creation, start and close.</summary>
internal static class LifecycleRules
{
    public static Decision Create(ConsultationState state, Caller caller, CreateConsultation command, DateTimeOffset now)
    {
        if (caller.Role != Role.Organizer)
        {
            return Decision.Reject(RejectionCode.Forbidden, "Only the organizer may create consultations.");
        }
        if (state.Created)
        {
            return Decision.Reject(RejectionCode.Conflict, $"Consultation '{state.Id}' already exists.");
        }
        if (SettingsRules.Validate(command.Settings, out var settings) is { } bad)
        {
            return bad;
        }
        if (string.IsNullOrWhiteSpace(command.JoinCode) || string.IsNullOrWhiteSpace(command.ModeratorKeyHash) || string.IsNullOrWhiteSpace(command.ObserverKeyHash))
        {
            return Decision.Reject(RejectionCode.Invalid, "A join code and the hashes of the moderator and observer keys are required.");
        }
        return Decision.Accept(new ConsultationCreated(settings, command.JoinCode, command.ModeratorKeyHash, command.ObserverKeyHash, now));
    }

    public static Decision Start(ConsultationState state, Caller caller, DateTimeOffset now) =>
        Guard.ModeratorOfOpen(state, caller) is { } bad ? bad
        : state.Status == ConsultationStatus.Live ? Decision.Reject(RejectionCode.Conflict, "The consultation is already live.")
        : Decision.Accept(new ConsultationStarted(now));

    /// <summary>
    /// Closing ends the turn, lowers every hand, closes open polls and ends everyone's presence first,
    /// so the record is complete and a closed consultation never shows people present.
    /// </summary>
    public static Decision Close(ConsultationState state, Caller caller, DateTimeOffset now)
    {
        if (Guard.ModeratorOfOpen(state, caller) is { } bad)
        {
            return bad;
        }
        var events = new List<ConsultationEvent>();
        if (state.Floor is { } floor)
        {
            events.Add(new TurnEnded(floor.Id, now));
        }
        events.AddRange(state.Queue.Select(h => new HandLowered(h.ParticipantId, HandLoweredReason.Closed, now)));
        events.AddRange(state.Polls.Values.Where(p => !p.Closed).Select(p => new PollClosed(p.Id)));
        events.AddRange(state.Participants.Values.Where(p => p.Present).Select(p => new ParticipantDisconnected(p.Id, now)));
        events.Add(new ConsultationClosed(now));
        return Decision.Accept([.. events]);
    }
}
