using System.Text.Json;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Serialization;
using ConsultHub.Storage;

namespace ConsultHub.SiloHost.Tests.Fixtures;

/// <summary>
/// Compares what the hub acknowledged with what its journal holds and what its views show: every
/// acknowledged command's event at the version its reply named, versions 1..N without a gap, and
/// a moderator's view that is exactly the journal folded (points by id and text, the queue, the version).
/// </summary>
public sealed class JournalAudit(string consultationId, IReadOnlyList<JournalRecord> records)
{
    /// <summary>The journal's records of the consultation, in version order.</summary>
    public IReadOnlyList<JournalRecord> Records { get; } = records;

    /// <summary>The journal's head version.</summary>
    public long Head => Records.Count == 0 ? 0 : Records[^1].Version;

    /// <summary>Reads a consultation's records from any journal.</summary>
    public static async Task<JournalAudit> ReadAsync(IEventJournal journal, string consultationId)
    {
        ArgumentNullException.ThrowIfNull(journal);
        return new JournalAudit(consultationId, await journal.ReadAsync(consultationId, 0));
    }

    /// <summary>Versions missing from 1..<see cref="Head"/> or out of order.</summary>
    public IReadOnlyList<string> Gaps() =>
        [.. Records.Select((r, i) => (r.Version, Expected: i + 1L)).Where(p => p.Version != p.Expected).Select(p => $"version {p.Version} at position {p.Expected}")];

    /// <summary>Acknowledged commands whose effect is not in the journal at the version their reply named.</summary>
    public IReadOnlyList<string> Lost(IEnumerable<Acknowledged> acknowledged)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        var byVersion = Records.ToDictionary(r => r.Version);
        var lost = new List<string>();
        foreach (var ack in acknowledged)
        {
            if (!byVersion.TryGetValue(ack.Version, out var record))
            {
                lost.Add($"{ack.Sender} {ack.Method} @{ack.Version}: no such version (head {Head})");
                continue;
            }
            var e = DomainJson.DeserializeEvent(record.Type, record.Data);
            var matches = (ack.Method, e) switch
            {
                ("RaiseHand", HandRaised) => true,
                ("LowerHand", HandLowered) => true,
                ("PostPoint" or "CapturePoint", PointPosted p) => p.PointId == ack.PointId && p.Text == ack.Text,
                _ => false,
            };
            if (!matches)
            {
                lost.Add($"{ack.Sender} {ack.Method} @{ack.Version}: the journal has {record.Type} {record.Data}");
            }
        }
        return lost;
    }

    /// <summary>Where a moderator's view (raw JSON) differs from the journal folded: version, points, queue.</summary>
    public IReadOnlyList<string> ViewDifferences(JsonElement moderatorView)
    {
        var events = Records.Select(r => DomainJson.DeserializeEvent(r.Type, r.Data)).ToList();
        var points = events.OfType<PointPosted>().ToDictionary(p => p.PointId, p => p.Text);
        var queue = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            _ = e switch
            {
                HandRaised raised => queue.Add(raised.ParticipantId),
                HandLowered lowered => queue.Remove(lowered.ParticipantId),
                FloorGiven given => queue.Remove(given.ParticipantId),
                AllHandsLowered => Clear(queue),
                _ => false,
            };
        }
        var differences = new List<string>();
        var version = moderatorView.GetProperty("version").GetInt64();
        if (version != Head)
        {
            differences.Add($"view version {version}, journal head {Head}");
        }
        var shown = moderatorView.GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("text").GetString());
        differences.AddRange(points.Where(p => !shown.TryGetValue(p.Key, out var text) || text != p.Value).Select(p => $"point {p.Key} missing or altered in the view"));
        differences.AddRange(shown.Keys.Where(id => !points.ContainsKey(id)).Select(id => $"point {id} in the view but not in the journal"));
        var hands = moderatorView.GetProperty("queue").EnumerateArray().Select(h => h.GetProperty("participantId").GetString()!).ToHashSet(StringComparer.Ordinal);
        if (!hands.SetEquals(queue))
        {
            differences.Add($"queue of {hands.Count} in the view, {queue.Count} in the journal of {consultationId}");
        }
        return differences;
    }

    private static bool Clear(HashSet<string> queue)
    {
        queue.Clear();
        return true;
    }
}
