using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Views;

/// <summary>A poll; <see cref="Results"/> is null while results are hidden from the audience.</summary>
public sealed record PollView(
    string Id, string Question, IReadOnlyList<string> Options, bool ResultsHiddenUntilClose, bool Closed,
    DateTimeOffset OpenedAt, IReadOnlyList<int>? Results, int TotalVotes)
{
    /// <summary>Projects a poll for an audience.</summary>
    public static PollView Of(Poll p, Audience audience)
    {
        var shown = audience == Audience.Moderator || p.Closed || !p.ResultsHiddenUntilClose;
        return new(p.Id, p.Question, p.Options, p.ResultsHiddenUntilClose, p.Closed, p.OpenedAt, shown ? p.Results() : null, p.Votes.Count);
    }
}
