using System.Security.Cryptography;
using System.Text;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>Joining, presence, leaving and removal.</summary>
internal static class ParticipantRules
{
    /// <summary>How long a dropped participant keeps their hand.</summary>
    public static readonly TimeSpan GracePeriod = GracePeriods.Participant;

    public const int MaxName = 80, MaxAffiliation = 120, MaxReason = 500;

    public static Decision Join(ConsultationState state, Caller caller, Join command, DateTimeOffset now)
    {
        var asModerator = caller.IsModerator;
        // Who before what: without the code or the moderator key, not even the status is told.
        if (!asModerator && !CodeMatches(state.JoinCode, command.JoinCode))
        {
            return Decision.Reject(RejectionCode.Forbidden, "The join code does not match this consultation.");
        }
        if (Guard.NotClosed(state) is { } closed)
        {
            return closed;
        }
        if (string.IsNullOrWhiteSpace(command.ParticipantId) || string.IsNullOrWhiteSpace(command.TokenHash))
        {
            return Decision.Reject(RejectionCode.Invalid, "A participant id and token hash are required.");
        }
        if (state.Participants.ContainsKey(command.ParticipantId))
        {
            return Decision.Reject(RejectionCode.Conflict, "This participant id is taken.");
        }
        var rejection = Guard.First(
            Guard.Text(command.DisplayName, "Display name", MaxName, false, out var name),
            AffiliationOf(command.Affiliation, out var affiliation),
            Guard.Defined(command.Group, "Stakeholder group"),
            CountryOf(command.Country, out var country));
        if (rejection is not null)
        {
            return rejection;
        }
        var members = state.Participants.Values.Count(p => !p.Removed);
        if (members >= state.Settings.Capacity)
        {
            return Decision.Reject(RejectionCode.Conflict, $"The consultation is full ({state.Settings.Capacity} participants).");
        }
        return Decision.Accept(new ParticipantJoined(command.ParticipantId, name, affiliation, command.Group, country, command.TokenHash, asModerator, now));
    }

    public static Decision Connect(ConsultationState state, Caller caller, Connect command) =>
        Guard.First(Self(state, caller, command.ParticipantId, out var p), Guard.NotClosed(state)) is { } bad ? bad
        : p.Connected ? Decision.Reject(RejectionCode.Conflict, "Already connected.")
        : Decision.Accept(new ParticipantConnected(p.Id));

    public static Decision Disconnect(ConsultationState state, Caller caller, Disconnect command, DateTimeOffset now) =>
        Guard.First(Self(state, caller, command.ParticipantId, out var p), Guard.NotClosed(state)) is { } bad ? bad
        : !p.Connected ? Decision.Reject(RejectionCode.Conflict, "Not connected.")
        : Decision.Accept(new ParticipantDisconnected(p.Id, now));

    public static Decision Leave(ConsultationState state, Caller caller, DateTimeOffset now)
    {
        if (Guard.OpenMember(state, caller, out var p) is { } bad)
        {
            return bad;
        }
        var events = new List<ConsultationEvent>();
        if (state.Floor?.ParticipantId == p.Id)
        {
            events.Add(new TurnEnded(state.Floor.Id, now));
        }
        if (state.QueueIndexOf(p.Id) >= 0)
        {
            events.Add(new HandLowered(p.Id, HandLoweredReason.Left, now));
        }
        if (p.Connected)
        {
            events.Add(new ParticipantDisconnected(p.Id, now));
        }
        return events.Count == 0 ? Decision.Reject(RejectionCode.Conflict, "Already left.") : Decision.Accept([.. events]);
    }

    public static Decision ExpireGrace(ConsultationState state, Caller caller, ExpireGrace command, DateTimeOffset now)
    {
        if (caller.Role != Role.System)
        {
            return Decision.Reject(RejectionCode.Forbidden, "Only the hub's own timer expires grace periods.");
        }
        var p = state.ActiveParticipant(command.ParticipantId);
        if (p is null)
        {
            return Decision.Reject(RejectionCode.NotFound, "No such participant.");
        }
        var expired = !p.Connected && p.DisconnectedAt is { } at && now >= at + GracePeriod;
        return expired && state.QueueIndexOf(p.Id) >= 0
            ? Decision.Accept(new HandLowered(p.Id, HandLoweredReason.GraceExpired, now))
            : Decision.Reject(RejectionCode.Conflict, "The participant is back, their grace period has not passed, or their hand is down.");
    }

    public static Decision Remove(ConsultationState state, Caller caller, RemoveParticipant command, DateTimeOffset now)
    {
        if (Guard.ModeratorOfOpen(state, caller) is { } bad)
        {
            return bad;
        }
        var p = state.ActiveParticipant(command.ParticipantId);
        if (p is null)
        {
            return Decision.Reject(RejectionCode.NotFound, "No such participant (or already removed).");
        }
        if (Guard.OptionalText(command.Reason, "Reason", MaxReason, out var reason) is { } badReason)
        {
            return badReason;
        }
        var events = new List<ConsultationEvent>();
        if (state.Floor?.ParticipantId == p.Id)
        {
            events.Add(new TurnEnded(state.Floor.Id, now));
        }
        if (state.QueueIndexOf(p.Id) >= 0)
        {
            events.Add(new HandLowered(p.Id, HandLoweredReason.Removed, now));
        }
        events.Add(new ParticipantRemoved(p.Id, caller.Label, reason, now));
        return Decision.Accept([.. events]);
    }

    /// <summary>Presence commands come from the participant's own connections or from the grain.</summary>
    private static Rejection? Self(ConsultationState state, Caller caller, string participantId, out Participant participant)
    {
        participant = state.ActiveParticipant(participantId)!;
        if (caller.Role != Role.System && caller.ParticipantId != participantId)
        {
            return Guard.Reject(RejectionCode.Forbidden, "Presence is reported by the participant's own connection.");
        }
        return participant is null ? Guard.Reject(RejectionCode.NotFound, "No such participant.") : null;
    }

    private static bool CodeMatches(string expected, string? given)
    {
        var a = Encoding.UTF8.GetBytes(expected.ToUpperInvariant());
        var b = Encoding.UTF8.GetBytes((given ?? "").Trim().ToUpperInvariant());
        return CryptographicOperations.FixedTimeEquals(a, b);
    }

    private static Rejection? AffiliationOf(string? input, out string? affiliation) =>
        TextRules.TryNormalizeOptional(input, "Affiliation", MaxAffiliation, multiline: false, out affiliation, out var error)
            ? null : Guard.Reject(RejectionCode.Invalid, error);

    private static Rejection? CountryOf(string? input, out string? country)
    {
        country = string.IsNullOrWhiteSpace(input) ? null : input.Trim().ToUpperInvariant();
        return country is null || CountryCodes.IsAssigned(country)
            ? null
            : Guard.Reject(RejectionCode.Invalid, $"Country '{input}' is not an ISO 3166 alpha-2 code (for example KE, BR, JP).");
    }
}
