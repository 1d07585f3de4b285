using ConsultHub.Domain;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;
using ConsultHub.Storage;
using System.Text.Json;

namespace ConsultHub.Grains.Consultations;

/// <summary>Loads a consultation from its latest snapshot plus the journal, and appends events.</summary>
public sealed class ConsultationStore(IEventJournal journal)
{
    /// <summary>The latest snapshot folded with every later event, the snapshot's version, and those later events.</summary>
    public async Task<LoadedConsultation> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var snapshot = await journal.ReadSnapshotAsync(id, cancellationToken);
        var state = snapshot is null
            ? ConsultationState.Empty(id)
            : JsonSerializer.Deserialize<ConsultationState>(snapshot.Data, DomainJson.Options) ?? ConsultationState.Empty(id);
        var records = await journal.ReadAsync(id, state.Version, cancellationToken);
        var tail = records.Select(r => (Event: DomainJson.DeserializeEvent(r.Type, r.Data), r.At)).ToList();
        return new LoadedConsultation(Consultation.Replay(state, tail.Select(t => t.Event)), state.Version) { Snapshot = state, Tail = tail };
    }

    /// <summary>Appends events after <paramref name="state"/>'s version; returns once they are durable.</summary>
    public Task<long> AppendAsync(ConsultationState state, IReadOnlyList<ConsultationEvent> events, DateTimeOffset at)
    {
        var records = new JournalRecord[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            records[i] = new JournalRecord(state.Version + i + 1, EventTypeNames.Of(events[i]), DomainJson.SerializeEvent(events[i]), at);
        }
        return journal.AppendAsync(state.Id, state.Version, records);
    }

    /// <summary>Stores a snapshot of the state.</summary>
    public Task SaveSnapshotAsync(ConsultationState state) =>
        journal.SaveSnapshotAsync(state.Id, new JournalSnapshot(state.Version, JsonSerializer.Serialize(state, DomainJson.Options)));
}
