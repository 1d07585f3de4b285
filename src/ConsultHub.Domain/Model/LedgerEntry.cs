namespace ConsultHub.Domain.Model;

/// <summary>One accountable moderation act.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Action">What was done.</param>
/// <param name="By">Who did it (the ledger label of the moderator).</param>
/// <param name="Target">The point or participant acted on.</param>
/// <param name="Reason">Optional reason given by the moderator.</param>
public sealed record LedgerEntry(DateTimeOffset At, LedgerAction Action, string By, string Target, string? Reason);
