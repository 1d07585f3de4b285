using System.Text.Json.Serialization;
using System.Collections.Immutable;

namespace ConsultHub.Domain.Model;

/// <summary>
/// The whole state of one consultation, folded from its events. Immutable: every change is a
/// new instance made with <c>with</c>.
/// </summary>
public sealed record ConsultationState
{
    /// <summary>The consultation id (the grain key).</summary>
    public required string Id { get; init; }

    /// <summary>Number of events folded in; 0 before creation.</summary>
    public long Version { get; init; }

    /// <summary>False until the creation event.</summary>
    public bool Created { get; init; }

    /// <summary>The settings chosen at creation.</summary>
    public ConsultationSettings Settings { get; init; } = new();

    /// <summary>Lifecycle status.</summary>
    public ConsultationStatus Status { get; init; }

    /// <summary>When the consultation was created, started and closed.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <inheritdoc cref="CreatedAt"/>
    public DateTimeOffset? StartedAt { get; init; }

    /// <inheritdoc cref="CreatedAt"/>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The code participants join with.</summary>
    public string JoinCode { get; init; } = "";

    /// <summary>SHA-256 (hex) of the moderator key.</summary>
    public string ModeratorKeyHash { get; init; } = "";

    /// <summary>SHA-256 (hex) of the observer key.</summary>
    public string ObserverKeyHash { get; init; } = "";

    /// <summary>Participants by id, removed ones included.</summary>
    public ImmutableSortedDictionary<string, Participant> Participants { get; init; } = ImmutableSortedDictionary<string, Participant>.Empty;

    /// <summary>The speaking queue, head first.</summary>
    public ImmutableList<Hand> Queue { get; init; } = [];

    /// <summary>True once a moderator reordered the queue by hand; automatic re-ranking pauses until the queue empties.</summary>
    public bool QueueManuallyOrdered { get; init; }

    /// <summary>Every turn, in order; the last one runs while its <c>EndedAt</c> is null.</summary>
    public ImmutableList<Turn> Turns { get; init; } = [];

    /// <summary>Points by id.</summary>
    public ImmutableSortedDictionary<string, Point> Points { get; init; } = ImmutableSortedDictionary<string, Point>.Empty;

    /// <summary>Polls by id.</summary>
    public ImmutableSortedDictionary<string, Poll> Polls { get; init; } = ImmutableSortedDictionary<string, Poll>.Empty;

    /// <summary>The moderation ledger, oldest first.</summary>
    public ImmutableList<LedgerEntry> Ledger { get; init; } = [];

    /// <summary>Incrementally maintained tallies.</summary>
    public Tallies Tallies { get; init; } = new();

    /// <summary>Counters for the ids of hands, points, polls and turns.</summary>
    public long HandSequence { get; init; }

    /// <inheritdoc cref="HandSequence"/>
    public int PointCount { get; init; }

    /// <inheritdoc cref="HandSequence"/>
    public int PollCount { get; init; }

    /// <summary>The running turn, if someone has the floor.</summary>
    [JsonIgnore]
    public Turn? Floor => Turns.Count > 0 && Turns[^1].EndedAt is null ? Turns[^1] : null;

    /// <summary>An empty, not yet created consultation.</summary>
    public static ConsultationState Empty(string id) => new() { Id = id };

    /// <summary>Finds a participant who has not been removed.</summary>
    public Participant? ActiveParticipant(string? id) =>
        id is not null && Participants.TryGetValue(id, out var p) && !p.Removed ? p : null;

    /// <summary>The queue position (0-based) of a participant's hand, or -1.</summary>
    public int QueueIndexOf(string participantId) => Queue.FindIndex(h => h.ParticipantId == participantId);
}
