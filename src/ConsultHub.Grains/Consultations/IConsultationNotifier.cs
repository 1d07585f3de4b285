namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Where a consultation grain pushes its durable events; the web layer implements it over
/// SignalR. Called inside the grain's turn, in version order, only after the events are durable.
/// </summary>
public interface IConsultationNotifier
{
    /// <summary>Publishes one accepted command's events.</summary>
    Task PublishAsync(IReadOnlyList<CommittedEvent> events);
}
