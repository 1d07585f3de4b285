using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: give the floor to the head of the queue, or to a named participant.</summary>
public sealed record GiveFloor(string? ParticipantId = null) : ConsultationCommand;
