using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Wall;

/// <summary>The person with the floor, as the wall shows them.</summary>
/// <param name="ParticipantId">Participant id.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Group">Stakeholder group.</param>
/// <param name="StartedAt">When the turn started.</param>
/// <param name="EndsAt">When the speaking limit is reached (server time).</param>
/// <param name="Overtime">True once past the limit.</param>
[GenerateSerializer, Immutable, Alias("ConsultHub.WallSpeaker")]
public sealed record WallSpeaker(string ParticipantId, string DisplayName, StakeholderGroup Group, DateTimeOffset StartedAt, DateTimeOffset EndsAt, bool Overtime);
