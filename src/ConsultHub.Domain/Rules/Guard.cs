using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>Checks shared by the deciders; each returns a rejection or null.</summary>
internal static class Guard
{
    /// <summary>Runs every check (so each out value is assigned) and returns the first rejection.</summary>
    public static Rejection? First(params Rejection?[] checks) => checks.FirstOrDefault(c => c is not null);

    public static Rejection Reject(RejectionCode code, string message) => new(code, message);

    public static Rejection? Moderator(Caller caller) =>
        caller.IsModerator ? null : Reject(RejectionCode.Forbidden, "Only a moderator of this consultation may do this.");

    public static Rejection? NotClosed(ConsultationState state) =>
        state.Status == ConsultationStatus.Closed ? Reject(RejectionCode.Conflict, "The consultation is closed.") : null;

    public static Rejection? ModeratorOfOpen(ConsultationState state, Caller caller) => Moderator(caller) ?? NotClosed(state);

    /// <summary>The caller's own participant record: participants, and moderators who joined the floor.</summary>
    public static Rejection? Member(ConsultationState state, Caller caller, out Participant participant)
    {
        participant = null!;
        if (caller.Role is not (Role.Participant or Role.Moderator) || caller.ParticipantId is null)
        {
            return Reject(RejectionCode.Forbidden, caller.IsModerator
                ? "Join the consultation as a participant first to take part in the floor."
                : "Only a participant of this consultation may do this.");
        }
        var found = state.ActiveParticipant(caller.ParticipantId);
        if (found is null)
        {
            return Reject(RejectionCode.Forbidden, "This participant is not (or no longer) part of the consultation.");
        }
        participant = found;
        return null;
    }

    public static Rejection? OpenMember(ConsultationState state, Caller caller, out Participant participant) =>
        Member(state, caller, out participant) ?? NotClosed(state);

    public static Rejection? Defined<TEnum>(TEnum value, string field) where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : Reject(RejectionCode.Invalid, $"{field} '{value}' is not one of the allowed values.");

    public static Rejection? Text(string? input, string field, int max, bool multiline, out string value) =>
        TextRules.TryNormalize(input, field, max, multiline, out value, out var error) ? null : Reject(RejectionCode.Invalid, error);

    public static Rejection? OptionalText(string? input, string field, int max, out string? value) =>
        TextRules.TryNormalizeOptional(input, field, max, multiline: true, out value, out var error) ? null : Reject(RejectionCode.Invalid, error);

    /// <summary>Resolves a theme to the consultation's own spelling; null stays null.</summary>
    public static Rejection? Theme(ConsultationState state, string? theme, out string? canonical)
    {
        canonical = null;
        if (theme is null)
        {
            return null;
        }
        canonical = state.Settings.Themes.FirstOrDefault(t => string.Equals(t, theme.Trim(), StringComparison.OrdinalIgnoreCase));
        return canonical is null
            ? Reject(RejectionCode.Invalid, state.Settings.Themes.Count == 0
                ? "This consultation has no themes."
                : $"Theme must be one of: {string.Join(", ", state.Settings.Themes)}.")
            : null;
    }
}
