namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>A consultation made through the HTTP API, with its secrets.</summary>
public sealed record ApiConsultation(string Id, string Title, string JoinCode, string ModeratorKey, string ObserverKey);
