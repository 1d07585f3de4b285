using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>A participant's first connection opened.</summary>
public sealed record Connect(string ParticipantId) : ConsultationCommand;
