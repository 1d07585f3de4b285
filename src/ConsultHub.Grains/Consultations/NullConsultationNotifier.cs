namespace ConsultHub.Grains.Consultations;

/// <summary>A notifier that drops events, for hosts without browsers (benchmarks, tests).</summary>
public sealed class NullConsultationNotifier : IConsultationNotifier
{
    /// <inheritdoc/>
    public Task PublishAsync(IReadOnlyList<CommittedEvent> events) => Task.CompletedTask;
}
