namespace ConsultHub.Domain.Events;

/// <summary>A participant upvoted a point. (<c>point-upvoted</c>)</summary>
public sealed record PointUpvoted(string PointId, string ParticipantId) : ConsultationEvent;
