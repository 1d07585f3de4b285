using System.Collections.Immutable;

namespace ConsultHub.Domain.Model;

/// <summary>
/// Live tallies kept up to date event by event. <c>TallyCalculator.Recompute</c> derives the same
/// figures from scratch; the two must always agree. Map keys are the wire names of groups and
/// kinds, countries' codes, or theme names; keys whose value falls to zero are removed.
/// </summary>
public sealed record Tallies
{
    /// <summary>Participants present (connected, not removed) by stakeholder group.</summary>
    public ImmutableSortedDictionary<string, int> PresentByGroup { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Participants present by country.</summary>
    public ImmutableSortedDictionary<string, int> PresentByCountry { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Hands in the queue.</summary>
    public int HandsRaised { get; init; }

    /// <summary>Distinct participants who have had the floor.</summary>
    public int Speakers { get; init; }

    /// <summary>Turns given so far (a running turn counts).</summary>
    public int Turns { get; init; }

    /// <summary>Milliseconds of ended turns by group.</summary>
    public ImmutableSortedDictionary<string, long> SpeakingMsByGroup { get; init; } = ImmutableSortedDictionary<string, long>.Empty;

    /// <summary>Milliseconds of ended turns by country.</summary>
    public ImmutableSortedDictionary<string, long> SpeakingMsByCountry { get; init; } = ImmutableSortedDictionary<string, long>.Empty;

    /// <summary>Milliseconds hands waited (counted when a hand leaves the queue) by group.</summary>
    public ImmutableSortedDictionary<string, long> WaitingMsByGroup { get; init; } = ImmutableSortedDictionary<string, long>.Empty;

    /// <summary>Milliseconds hands waited by country.</summary>
    public ImmutableSortedDictionary<string, long> WaitingMsByCountry { get; init; } = ImmutableSortedDictionary<string, long>.Empty;

    /// <summary>Visible points by kind.</summary>
    public ImmutableSortedDictionary<string, int> PointsByKind { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Visible points by theme ("unthemed" for none).</summary>
    public ImmutableSortedDictionary<string, int> PointsByTheme { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Moderation counts.</summary>
    public ModerationCounts Moderation { get; init; } = new();
}
