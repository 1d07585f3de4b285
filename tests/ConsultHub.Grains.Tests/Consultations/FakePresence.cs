using System.Collections.Concurrent;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>The connections a test says are open, consulted by grains when they activate.</summary>
public sealed class FakePresence : IPresenceSource
{
    private readonly ConcurrentDictionary<(string Consultation, string Participant), bool> _connected = new();

    public void Connect(string consultationId, string participantId) => _connected[(consultationId, participantId)] = true;

    public void Disconnect(string consultationId, string participantId) => _connected.TryRemove((consultationId, participantId), out _);

    public bool IsConnected(string consultationId, string participantId) => _connected.ContainsKey((consultationId, participantId));
}
