namespace ConsultHub.Domain.Views;

/// <summary>A merge with the target's combined votes; who and why only for moderators.</summary>
public sealed record MergeView(string DuplicateId, string IntoId, int Votes, string? By, string? Reason);
