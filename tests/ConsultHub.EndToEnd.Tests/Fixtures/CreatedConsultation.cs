namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>The links the organize page hands out for a new consultation.</summary>
public sealed record CreatedConsultation(string Id, string ModeratorLink, string JoinLink, string ObserverLink);
