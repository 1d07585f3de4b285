using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>One stakeholder group's share of the room, the floor and the queue.</summary>
/// <param name="Group">The group.</param>
/// <param name="Participants">Joined and not removed.</param>
/// <param name="Speakers">Distinct people who had the floor.</param>
/// <param name="Turns">Turns taken.</param>
/// <param name="SpokenMs">Time on the floor (ended turns).</param>
/// <param name="WaitedMs">Time hands waited in the queue (hands that left it).</param>
public sealed record GroupParticipation(StakeholderGroup Group, int Participants, int Speakers, int Turns, long SpokenMs, long WaitedMs);
