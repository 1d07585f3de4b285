namespace ConsultHub.Domain.Model;

/// <summary>What observers learn of moderation: counts, never the hidden text.</summary>
public sealed record ModerationCounts
{
    /// <summary>Points hidden.</summary>
    public int Hidden { get; init; }

    /// <summary>Points merged into another.</summary>
    public int Merged { get; init; }

    /// <summary>Hands moved by a moderator.</summary>
    public int Reordered { get; init; }

    /// <summary>Hands removed by a moderator (one by one or all at once).</summary>
    public int HandsRemoved { get; init; }

    /// <summary>Participants removed.</summary>
    public int ParticipantsRemoved { get; init; }

    /// <summary>Points waiting for approval.</summary>
    public int Pending { get; init; }
}
