namespace ConsultHub.Domain.Commands;

/// <summary>An intent to change a consultation; the domain accepts it as events or rejects it.</summary>
public abstract record ConsultationCommand;
