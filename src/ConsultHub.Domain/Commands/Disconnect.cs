using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>A participant's last connection closed; their hand keeps its place for the grace period.</summary>
public sealed record Disconnect(string ParticipantId) : ConsultationCommand;
