namespace ConsultHub.Domain.Summaries;

/// <summary>Who took part. Counts exclude removed participants; speaking and waiting times include every turn and hand.</summary>
/// <param name="Joined">Participants who joined and were not removed.</param>
/// <param name="Removed">Participants a moderator removed.</param>
/// <param name="ByGroup">Every stakeholder group, in a fixed order, zeros included.</param>
/// <param name="ByCountry">Countries with participants, most first; a null country is "unspecified".</param>
public sealed record ParticipationSummary(int Joined, int Removed, IReadOnlyList<GroupParticipation> ByGroup, IReadOnlyList<CountryParticipation> ByCountry);
