using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Queue for the floor.</summary>
public sealed record RaiseHand(HandIntent Intent) : ConsultationCommand;
