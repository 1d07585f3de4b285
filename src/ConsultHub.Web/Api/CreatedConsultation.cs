namespace ConsultHub.Web.Api;

/// <summary>The reply to creating a consultation; the keys are shown once.</summary>
public sealed record CreatedConsultation(string Id, string JoinCode, string ModeratorKey, string ObserverKey);
