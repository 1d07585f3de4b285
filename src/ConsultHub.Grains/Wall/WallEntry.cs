using System.Collections.Immutable;
using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Wall;

/// <summary>One consultation's headline tallies on the wall; each report replaces the previous one whole.</summary>
/// <param name="ConsultationId">The consultation.</param>
/// <param name="Title">Its title.</param>
/// <param name="Region">Its region.</param>
/// <param name="TimeZone">Its IANA time zone.</param>
/// <param name="Status"><c>live</c>, or <c>closed</c> when it leaves the wall.</param>
/// <param name="Version">The consultation's version the headline reflects; newer wins.</param>
/// <param name="ReportedAt">When the consultation grain reported it.</param>
/// <param name="StartedAt">When it went live.</param>
/// <param name="Present">Participants present.</param>
/// <param name="PresentByGroup">Participants present by stakeholder group (wire names; groups with nobody omitted).</param>
/// <param name="HandsRaised">Hands in the queue.</param>
/// <param name="Speaker">Who has the floor, if anyone.</param>
/// <param name="TopPoints">Up to three visible points, most votes first, then oldest.</param>
/// <param name="SpeakingMsByGroup">Speaking time of ended turns by stakeholder group.</param>
/// <param name="Turns">Turns given so far.</param>
[GenerateSerializer, Immutable, Alias("ConsultHub.WallEntry")]
public sealed record WallEntry(
    string ConsultationId,
    string Title,
    string Region,
    string TimeZone,
    ConsultationStatus Status,
    long Version,
    DateTimeOffset ReportedAt,
    DateTimeOffset? StartedAt,
    int Present,
    ImmutableSortedDictionary<string, int> PresentByGroup,
    int HandsRaised,
    WallSpeaker? Speaker,
    IReadOnlyList<WallPoint> TopPoints,
    ImmutableSortedDictionary<string, long> SpeakingMsByGroup,
    int Turns);
