using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Views;

/// <summary>
/// What one caller sees of a consultation at a version. Observers never get hidden or pending
/// points, moderation reasons or the ledger; participants also see their own pending points,
/// upvotes and poll votes.
/// </summary>
public sealed record ConsultationView
{
    /// <summary>The consultation id.</summary>
    public required string Id { get; init; }

    /// <summary>The version this view reflects; resume event streams from here.</summary>
    public required long Version { get; init; }

    /// <summary>The caller's role.</summary>
    public required Role Role { get; init; }

    /// <summary>The caller's participant id, if they joined.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>Lifecycle.</summary>
    public required ConsultationStatus Status { get; init; }

    /// <summary>The settings.</summary>
    public required ConsultationSettings Settings { get; init; }

    /// <summary>Lifecycle times.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <inheritdoc cref="CreatedAt"/>
    public DateTimeOffset? StartedAt { get; init; }

    /// <inheritdoc cref="CreatedAt"/>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The join code, for moderators and the organizer only.</summary>
    public string? JoinCode { get; init; }

    /// <summary>Participants (removed ones only for moderators).</summary>
    public required IReadOnlyList<ParticipantView> Participants { get; init; }

    /// <summary>The queue, head first.</summary>
    public required IReadOnlyList<HandView> Queue { get; init; }

    /// <summary>The running turn.</summary>
    public FloorView? Floor { get; init; }

    /// <summary>The points the caller may see, ranked.</summary>
    public required IReadOnlyList<PointView> Points { get; init; }

    /// <summary>Polls, newest last.</summary>
    public required IReadOnlyList<PollView> Polls { get; init; }

    /// <summary>Live tallies.</summary>
    public required Tallies Tallies { get; init; }

    /// <summary>The caller's own upvotes.</summary>
    public IReadOnlyList<string> MyUpvotes { get; init; } = [];

    /// <summary>The caller's own poll choices by poll id.</summary>
    public IReadOnlyDictionary<string, int> MyVotes { get; init; } = new Dictionary<string, int>();

    /// <summary>The moderation ledger, for moderators and the organizer only.</summary>
    public IReadOnlyList<LedgerEntry>? Ledger { get; init; }
}
