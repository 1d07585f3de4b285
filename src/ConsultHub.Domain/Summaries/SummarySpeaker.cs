using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>Someone who had the floor.</summary>
/// <param name="ParticipantId">Participant id.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Affiliation">Affiliation, if given.</param>
/// <param name="Group">Stakeholder group.</param>
/// <param name="Country">Country code, if given.</param>
/// <param name="TurnIds">Their turns, in order.</param>
/// <param name="SpokenMs">Total time on the floor.</param>
/// <param name="WaitedMs">Total time their hands waited.</param>
public sealed record SummarySpeaker(
    string ParticipantId,
    string DisplayName,
    string? Affiliation,
    StakeholderGroup Group,
    string? Country,
    IReadOnlyList<string> TurnIds,
    long SpokenMs,
    long WaitedMs);
