using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>Records what grains publish, in the order they publish it.</summary>
public sealed class RecordingNotifier : IConsultationNotifier
{
    private readonly Lock _gate = new();
    private readonly List<CommittedEvent> _events = [];
    private volatile bool _failing;

    /// <summary>When set, publishing throws instead of recording, as a broken SignalR backplane would.</summary>
    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public IReadOnlyList<CommittedEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>The wire types published for one consultation, as moderators see them.</summary>
    public IReadOnlyList<string> TypesOf(string consultationId) =>
        [.. Events.Where(e => e.ConsultationId == consultationId).Select(e => e.For(Audience.Moderator).Type)];

    public Task PublishAsync(IReadOnlyList<CommittedEvent> events)
    {
        if (Failing)
        {
            throw new InvalidOperationException("The test broke the notifier.");
        }

        lock (_gate)
        {
            _events.AddRange(events);
        }

        return Task.CompletedTask;
    }
}
