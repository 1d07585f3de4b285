using System.Text.Json.Serialization;
using System.Collections.Immutable;

namespace ConsultHub.Domain.Model;

/// <summary>A person who joined a consultation, with the accounting the tallies are built from.</summary>
public sealed record Participant
{
    /// <summary>Opaque participant id chosen by the host.</summary>
    public required string Id { get; init; }

    /// <summary>Display name, 1..80 characters.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Optional affiliation, up to 120 characters.</summary>
    public string? Affiliation { get; init; }

    /// <summary>The stakeholder group the participant speaks for.</summary>
    public required StakeholderGroup Group { get; init; }

    /// <summary>Optional ISO 3166 alpha-2 country code, upper case.</summary>
    public string? Country { get; init; }

    /// <summary>SHA-256 of the participant's token secret (hex); never leaves the grain.</summary>
    public required string TokenHash { get; init; }

    /// <summary>True when a moderator joined the floor as a participant.</summary>
    public bool IsModerator { get; init; }

    /// <summary>When the participant joined.</summary>
    public DateTimeOffset JoinedAt { get; init; }

    /// <summary>False once a moderator removed the participant; their token stops working.</summary>
    public bool Removed { get; init; }

    /// <summary>Whether at least one connection of the participant is open.</summary>
    public bool Connected { get; init; }

    /// <summary>When the participant last dropped off; starts the hand's grace period.</summary>
    public DateTimeOffset? DisconnectedAt { get; init; }

    /// <summary>Total time on the floor, in milliseconds.</summary>
    public long SpokenMs { get; init; }

    /// <summary>Total time hands waited in the queue before leaving it, in milliseconds.</summary>
    public long WaitedMs { get; init; }

    /// <summary>Number of turns taken.</summary>
    public int Turns { get; init; }

    /// <summary>Times of the participant's most recent posts, for the rate limit.</summary>
    public ImmutableList<DateTimeOffset> RecentPosts { get; init; } = [];

    /// <summary>The key tallies use for the participant's country.</summary>
    [JsonIgnore]
    public string CountryKey => Country ?? "unspecified";

    /// <summary>Present means connected and not removed.</summary>
    [JsonIgnore]
    public bool Present => Connected && !Removed;
}
