namespace ConsultHub.Web.Api;

/// <summary>The reply to joining; the token is shown once.</summary>
public sealed record JoinedParticipant(string ParticipantId, string Token);
