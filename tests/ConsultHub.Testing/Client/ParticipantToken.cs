namespace ConsultHub.Testing.Client;

/// <summary>The reply to joining: the participant's id and token, shown once.</summary>
/// <param name="ParticipantId">The participant id.</param>
/// <param name="Token">The participant's token, used as <c>access_token</c>.</param>
public sealed record ParticipantToken(string ParticipantId, string Token);
