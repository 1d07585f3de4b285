namespace ConsultHub.Domain.Summaries;

/// <summary>A poll and its results.</summary>
/// <param name="Id">Poll id.</param>
/// <param name="Question">The question.</param>
/// <param name="OpenedAt">When it opened.</param>
/// <param name="Closed">Whether it closed (closing the consultation closes every poll).</param>
/// <param name="ResultsHidden">True while results are hidden until close: option votes are then left out.</param>
/// <param name="TotalVotes">Votes cast.</param>
/// <param name="Options">The options with their votes.</param>
public sealed record SummaryPoll(string Id, string Question, DateTimeOffset OpenedAt, bool Closed, bool ResultsHidden, int TotalVotes, IReadOnlyList<PollOptionResult> Options);
