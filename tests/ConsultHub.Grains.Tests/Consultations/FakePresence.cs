using System.Collections.Concurrent;
using ConsultHub.Grains.Presence;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>
/// The connections a test says are open on one pretend silo (named <paramref name="silo"/>), numbered
/// as the hub's presence tracker numbers them: <see cref="Connect"/> and <see cref="Disconnect"/> return
/// the notice the hub would send, and <see cref="Report"/> the list it sends when it (re)subscribes.
/// </summary>
public sealed class FakePresence(string silo = "test-silo")
{
    private readonly ConcurrentDictionary<(string Consultation, string Participant), bool> _connected = new();
    private long _sequence;

    public string Silo { get; } = silo;

    public PresenceNotice Connect(string consultationId, string participantId)
    {
        _connected[(consultationId, participantId)] = true;
        return new PresenceNotice(Silo, Interlocked.Increment(ref _sequence), participantId, true);
    }

    public PresenceNotice Disconnect(string consultationId, string participantId)
    {
        _connected.TryRemove((consultationId, participantId), out _);
        return new PresenceNotice(Silo, Interlocked.Increment(ref _sequence), participantId, false);
    }

    public PresenceReport Report(string consultationId) =>
        new(Silo, Interlocked.Read(ref _sequence), [.. _connected.Keys.Where(k => k.Consultation == consultationId).Select(k => k.Participant)]);
}
