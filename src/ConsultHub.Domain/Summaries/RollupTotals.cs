using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>The consultations of a roll-up added up.</summary>
/// <param name="Consultations">How many consultations.</param>
/// <param name="Joined">Participants joined across them (people in two consultations count twice).</param>
/// <param name="Speakers">Speakers across them.</param>
/// <param name="Turns">Turns across them.</param>
/// <param name="SpokenMs">Time on the floor across them.</param>
/// <param name="ByGroup">Participation, speaking and waiting time by stakeholder group.</param>
/// <param name="ByCountry">Participation and speaking time by country.</param>
/// <param name="PointsByKind">Listed points by kind.</param>
/// <param name="PointCounts">Points listed, folded, hidden and pending.</param>
/// <param name="Moderation">Moderation counts added up.</param>
public sealed record RollupTotals(
    int Consultations,
    int Joined,
    int Speakers,
    int Turns,
    long SpokenMs,
    IReadOnlyList<GroupParticipation> ByGroup,
    IReadOnlyList<CountryParticipation> ByCountry,
    IReadOnlyList<KindCount> PointsByKind,
    PointCounts PointCounts,
    ModerationCounts Moderation);
