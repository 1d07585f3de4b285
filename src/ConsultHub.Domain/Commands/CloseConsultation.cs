
namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: close for good; ends the turn, lowers hands, closes polls.</summary>
public sealed record CloseConsultation : ConsultationCommand;
