
namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: open the floor (scheduled to live).</summary>
public sealed record StartConsultation : ConsultationCommand;
