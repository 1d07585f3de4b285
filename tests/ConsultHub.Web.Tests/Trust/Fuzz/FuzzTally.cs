using System.Collections.Concurrent;

namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>What the fuzz run saw: how many inputs got which coded answer, and every input that did not.</summary>
public sealed class FuzzTally
{
    private readonly ConcurrentDictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _failures = new();
    private int _inputs;

    /// <summary>Inputs tried.</summary>
    public int Inputs => _inputs;

    /// <summary>Answers by code ("hub invalid", "http 404 not-found", "hub closed").</summary>
    public IReadOnlyDictionary<string, int> Outcomes => _outcomes;

    /// <summary>Inputs that were accepted, answered without a code, answered as a server error, or killed the connection unexpectedly.</summary>
    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Server errors seen (uncoded or coded <c>unavailable</c> hub answers, HTTP 5xx).</summary>
    public int ServerErrors { get; private set; }

    /// <summary>Records a coded answer.</summary>
    public void Coded(string outcome)
    {
        Interlocked.Increment(ref _inputs);
        _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
    }

    /// <summary>Records an input that broke the rules.</summary>
    public void Failed(string what, bool serverError = false)
    {
        Interlocked.Increment(ref _inputs);
        if (serverError)
        {
            lock (_failures)
            {
                ServerErrors++;
            }
        }
        _failures.Enqueue(what);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Join(Environment.NewLine, _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"  {o.Key,-28} {o.Value,6}"));
}
