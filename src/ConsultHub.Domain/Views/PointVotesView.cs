namespace ConsultHub.Domain.Views;

/// <summary>A point's new vote count (voters stay anonymous).</summary>
public sealed record PointVotesView(string PointId, int Votes);
