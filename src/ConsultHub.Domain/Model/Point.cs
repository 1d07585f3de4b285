using System.Text.Json.Serialization;
using System.Collections.Immutable;

namespace ConsultHub.Domain.Model;

/// <summary>A point made in the consultation.</summary>
public sealed record Point
{
    /// <summary>Point id such as <c>P12</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of point it is.</summary>
    public required PointKind Kind { get; init; }

    /// <summary>The normalized text.</summary>
    public required string Text { get; init; }

    /// <summary>One of the consultation's themes, or null.</summary>
    public string? Theme { get; init; }

    /// <summary>The participant the point is attributed to; null for "the floor".</summary>
    public string? AuthorId { get; init; }

    /// <summary>True when a moderator captured the point (rapporteur work).</summary>
    public bool Captured { get; init; }

    /// <summary>The speaking turn running when the point was made.</summary>
    public string? TurnId { get; init; }

    /// <summary>When the point was made.</summary>
    public required DateTimeOffset PostedAt { get; init; }

    /// <summary>Moderation status.</summary>
    public required PointStatus Status { get; init; }

    /// <summary>Pinned points lead the list.</summary>
    public bool Pinned { get; init; }

    /// <summary>Participants who upvoted, including those folded in by merges.</summary>
    public ImmutableSortedSet<string> Voters { get; init; } = [];

    /// <summary>The point this one was merged into.</summary>
    public string? MergedInto { get; init; }

    /// <summary>The points merged into this one.</summary>
    public ImmutableList<string> MergedFrom { get; init; } = [];

    /// <summary>Visible points reach everyone; the others reach moderators (and their author while pending).</summary>
    [JsonIgnore]
    public bool IsVisible => Status == PointStatus.Visible;
}
