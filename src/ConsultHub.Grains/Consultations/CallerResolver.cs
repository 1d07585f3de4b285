using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Resolves a key or token to a caller, against the hashes held in the consultation's own state:
/// authorization is decided where the state lives. An unknown, revoked or malformed credential
/// resolves to <see cref="Caller.Anonymous"/>; no credential on a public consultation is an observer.
/// </summary>
public static class CallerResolver
{
    /// <summary>Resolves <paramref name="credential"/> for <paramref name="state"/>.</summary>
    public static Caller Resolve(ConsultationState state, string? credential, string organizerKeyHash)
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
        return Participant(state, credential) ?? Caller.Anonymous;
    }

    /// <summary>Participant tokens are <c>participantId.secret</c>: the id finds the record, the secret proves it.</summary>
    public static string TokenFor(string participantId, string secret) => $"{participantId}.{secret}";

    private static Caller? Participant(ConsultationState state, string token)
    {
        var dot = token.IndexOf('.');
        if (dot <= 0 || state.ActiveParticipant(token[..dot]) is not { } p || !Secrets.Matches(token[(dot + 1)..], p.TokenHash))
        {
            return null;
        }
        return p.IsModerator ? Caller.Moderator(p.DisplayName, p.Id) : Caller.Participant(p.Id, p.DisplayName);
    }
}
