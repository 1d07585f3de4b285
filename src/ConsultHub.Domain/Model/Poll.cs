using System.Collections.Immutable;

namespace ConsultHub.Domain.Model;

/// <summary>A single-choice poll.</summary>
public sealed record Poll
{
    /// <summary>Poll id such as <c>Q1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The question.</summary>
    public required string Question { get; init; }

    /// <summary>2..10 options.</summary>
    public required ImmutableList<string> Options { get; init; }

    /// <summary>When true, results reach non-moderators only after the poll closes.</summary>
    public bool ResultsHiddenUntilClose { get; init; }

    /// <summary>When the poll opened.</summary>
    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>True once closed; votes are refused from then on.</summary>
    public bool Closed { get; init; }

    /// <summary>Each voter's current option (0-based).</summary>
    public ImmutableSortedDictionary<string, int> Votes { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Vote counts per option.</summary>
    public ImmutableList<int> Results()
    {
        var counts = new int[Options.Count];
        foreach (var option in Votes.Values)
        {
            counts[option]++;
        }
        return [.. counts];
    }
}
