using System.Collections.Concurrent;
using ConsultHub.Testing.Client;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.SiloHost.Tests.Fixtures;

/// <summary>
/// What every command of a drill came to: acknowledged (durable, must survive), refused with a
/// code, or cut off with its connection (outcome unknown). A server error is a refusal without a
/// known code, or <c>unavailable</c> before the test injected its fault.
/// </summary>
public sealed class CommandLedger
{
    private static readonly HashSet<string> KnownCodes = ["forbidden", "invalid", "conflict", "rate-limited", "not-found", "unavailable"];

    private readonly ConcurrentQueue<Acknowledged> _acknowledged = new();
    private readonly ConcurrentDictionary<string, int> _refusals = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _serverErrors = new();
    private int _cut;
    private long _highestVersion;
    private volatile bool _faultInjected;

    /// <summary>Every acknowledged command so far.</summary>
    public IReadOnlyList<Acknowledged> Acknowledged => [.. _acknowledged];

    /// <summary>How many were acknowledged so far.</summary>
    public int AcknowledgedCount => _acknowledged.Count;

    /// <summary>Refusals by code.</summary>
    public IReadOnlyDictionary<string, int> Refusals => new Dictionary<string, int>(_refusals, StringComparer.Ordinal);

    /// <summary>Refusals with the code <paramref name="code"/>.</summary>
    public int RefusedAs(string code) => _refusals.GetValueOrDefault(code);

    /// <summary>Uncoded errors, and <c>unavailable</c> before the fault.</summary>
    public IReadOnlyList<string> ServerErrors => [.. _serverErrors];

    /// <summary>Commands whose connection went away before a reply.</summary>
    public int Cut => Volatile.Read(ref _cut);

    /// <summary>From now on <c>unavailable</c> is the expected answer, not a server error.</summary>
    public void FaultInjected() => _faultInjected = true;

    /// <summary>The highest version an acknowledgment named so far.</summary>
    public long HighestVersion => Interlocked.Read(ref _highestVersion);

    /// <summary>Records an acknowledgment.</summary>
    public void Acknowledge(Acknowledged acknowledged)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        _acknowledged.Enqueue(acknowledged);
        var seen = HighestVersion;
        while (acknowledged.Version > seen && Interlocked.CompareExchange(ref _highestVersion, acknowledged.Version, seen) != seen)
        {
            seen = HighestVersion;
        }
    }

    /// <summary>Records a refusal; returns its code.</summary>
    public string Refuse(HubException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var code = HubErrors.Code(refusal);
        Refuse(code, HubErrors.CodedMessage(refusal));
        return code;
    }

    /// <summary>Records a refusal by code (HTTP problems carry theirs in the body).</summary>
    public void Refuse(string code, string message)
    {
        _refusals.AddOrUpdate(code, 1, (_, n) => n + 1);
        if (!KnownCodes.Contains(code) || (code == "unavailable" && !_faultInjected))
        {
            _serverErrors.Enqueue(message);
        }
    }

    /// <summary>Records a command cut off with its connection.</summary>
    public void CutOff() => Interlocked.Increment(ref _cut);

    /// <summary>A one-line summary for the test output.</summary>
    public string Summary() =>
        $"acknowledged {AcknowledgedCount}, refused {{{string.Join(", ", Refusals.OrderBy(r => r.Key).Select(r => $"{r.Key}: {r.Value}"))}}}, cut off {Cut}, server errors {ServerErrors.Count}";
}
