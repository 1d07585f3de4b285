using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>One speaking turn on the session's timeline.</summary>
/// <param name="TurnId">Turn id.</param>
/// <param name="ParticipantId">Who had the floor.</param>
/// <param name="DisplayName">Their display name.</param>
/// <param name="Group">Their stakeholder group.</param>
/// <param name="Intent">The hand's intent, or null when the floor was given directly.</param>
/// <param name="StartedAt">When the floor was given.</param>
/// <param name="EndedAt">When the turn ended; null while it runs.</param>
/// <param name="DurationMs">How long it lasted (0 while it runs).</param>
/// <param name="WaitedMs">How long the hand had waited for the floor.</param>
/// <param name="Overtime">Whether it ran past the speaking limit.</param>
/// <param name="Points">Points made during the turn that the summary may show.</param>
public sealed record TimelineTurn(
    string TurnId,
    string ParticipantId,
    string DisplayName,
    StakeholderGroup Group,
    HandIntent? Intent,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    long DurationMs,
    long WaitedMs,
    bool Overtime,
    IReadOnlyList<TimelinePoint> Points);
