namespace ConsultHub.Domain.Events;

/// <summary>A participant withdrew an upvote. (<c>point-upvote-withdrawn</c>)</summary>
public sealed record PointUpvoteWithdrawn(string PointId, string ParticipantId) : ConsultationEvent;
