using System.Collections.Concurrent;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;

namespace ConsultHub.Domain.Tests.Properties;

/// <summary>What a property run exercised, counted across CsCheck's parallel threads.</summary>
public sealed class RunStatistics
{
    private long _sequences, _commands, _accepted;

    public long Sequences => Interlocked.Read(ref _sequences);

    public long Commands => Interlocked.Read(ref _commands);

    public long Accepted => Interlocked.Read(ref _accepted);

    public ConcurrentDictionary<string, long> EventTypes { get; } = new();

    public ConcurrentDictionary<RejectionCode, long> Rejections { get; } = new();

    public void Sequence() => Interlocked.Increment(ref _sequences);

    public void Record(Decision decision)
    {
        Interlocked.Increment(ref _commands);
        if (decision.Rejection is { } rejection)
        {
            Rejections.AddOrUpdate(rejection.Code, 1, (_, n) => n + 1);
            return;
        }
        Interlocked.Increment(ref _accepted);
        foreach (var e in decision.Events)
        {
            EventTypes.AddOrUpdate(EventTypeNames.Of(e), 1, (_, n) => n + 1);
        }
    }

    public override string ToString() =>
        $"{Sequences} sequences, {Commands} commands, {Accepted} accepted; rejections: "
        + string.Join(", ", Rejections.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}"))
        + "; events: " + string.Join(", ", EventTypes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}"));
}
