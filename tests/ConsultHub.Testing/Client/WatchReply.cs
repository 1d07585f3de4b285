using System.Text.Json;

namespace ConsultHub.Testing.Client;

/// <summary>The reply to <c>Watch</c>: the whole view, or the events after the version asked for.</summary>
/// <param name="Role">The caller's role (kebab-case).</param>
/// <param name="ParticipantId">The caller's participant id, if any.</param>
/// <param name="Audience">The audience the caller's events are shaped for.</param>
/// <param name="Version">The consultation's version when the reply was made.</param>
/// <param name="View">The caller's view (raw JSON), when events could not or need not be replayed.</param>
/// <param name="Events">The missed events, when they were still at hand.</param>
public sealed record WatchReply(string Role, string? ParticipantId, string Audience, long Version, JsonElement? View, IReadOnlyList<HubEvent>? Events);
