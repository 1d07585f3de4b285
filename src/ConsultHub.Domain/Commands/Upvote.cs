using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Participant: toggle an upvote.</summary>
public sealed record Upvote(string PointId) : ConsultationCommand;
