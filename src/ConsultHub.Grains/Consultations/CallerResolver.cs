using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Resolves a key or token to a caller, against the hashes held in the consultation's own state:
/// authorization is decided where the state lives. An unknown, revoked, expired or malformed credential
/// resolves to <see cref="Caller.Anonymous"/>; no credential on a public consultation is an observer.
/// Participant tokens expire when the consultation closes: what is left is read-only.
/// </summary>
public static class CallerResolver
{
    /// <summary>Resolves <paramref name="credential"/> for <paramref name="state"/>.</summary>
    public static Caller Resolve(ConsultationState state, string? credential, string organizerKeyHash, ParticipantTokens tokens)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return state.Settings.Visibility == Visibility.Public ? Caller.Observer : Caller.Anonymous;
        }
        if (Secrets.Matches(credential, organizerKeyHash))
        {
            return Caller.Organizer;
        }
        if (!state.Created)
        {
            return Caller.Anonymous;
        }
        if (Secrets.Matches(credential, state.ModeratorKeyHash))
        {
            return Caller.Moderator();
        }
        if (Secrets.Matches(credential, state.ObserverKeyHash))
        {
            return Caller.Observer;
        }
        return Participant(state, credential, tokens) ?? Caller.Anonymous;
    }

    /// <summary>A signed token of an active participant whose record keeps the hash of the token's nonce.</summary>
    private static Caller? Participant(ConsultationState state, string token, ParticipantTokens tokens)
    {
        if (state.Status == ConsultationStatus.Closed
            || !tokens.TryRead(state.Id, token, out var participantId, out var nonce)
            || state.ActiveParticipant(participantId) is not { } p
            || !Secrets.Matches(nonce, p.TokenHash))
        {
            return null;
        }
        return p.IsModerator ? Caller.Moderator(p.DisplayName, p.Id) : Caller.Participant(p.Id, p.DisplayName);
    }
}
