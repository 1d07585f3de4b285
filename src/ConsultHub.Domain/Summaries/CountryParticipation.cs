namespace ConsultHub.Domain.Summaries;

/// <summary>One country's share of the room and the floor.</summary>
/// <param name="Country">ISO 3166 alpha-2 code, or null when participants gave none.</param>
/// <param name="Participants">Joined and not removed.</param>
/// <param name="Turns">Turns taken.</param>
/// <param name="SpokenMs">Time on the floor.</param>
public sealed record CountryParticipation(string? Country, int Participants, int Turns, long SpokenMs);
