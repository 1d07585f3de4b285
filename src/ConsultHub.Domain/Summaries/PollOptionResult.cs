namespace ConsultHub.Domain.Summaries;

/// <summary>One poll option.</summary>
/// <param name="Option">0-based option number, as votes are cast.</param>
/// <param name="Text">The option's text.</param>
/// <param name="Votes">Votes for it; null while results are hidden.</param>
public sealed record PollOptionResult(int Option, string Text, int? Votes);
