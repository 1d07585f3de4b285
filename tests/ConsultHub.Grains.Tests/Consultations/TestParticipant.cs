namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>A participant who joined through a grain: their id and the token they were given.</summary>
public sealed record TestParticipant(string Id, string Token, string DisplayName);
