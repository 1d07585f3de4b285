namespace ConsultHub.Testing.Client;

/// <summary>The reply to creating a consultation: its id and secrets, shown once.</summary>
/// <param name="Id">The consultation id.</param>
/// <param name="JoinCode">What participants type to join.</param>
/// <param name="ModeratorKey">The moderators' key.</param>
/// <param name="ObserverKey">The observers' key (needed for private consultations).</param>
public sealed record ConsultationKeys(string Id, string JoinCode, string ModeratorKey, string ObserverKey);
