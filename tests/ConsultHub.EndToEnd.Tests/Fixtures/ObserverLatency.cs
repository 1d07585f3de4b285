using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>
/// Measures how long the observer's page takes to show a change: the clock starts right after the
/// action's UI call resolves and stops when the observer's selector matches, with the budget
/// (<see cref="Waits.ObserverBudget"/>) as the wait's timeout. Timer-driven changes are recorded
/// from the page's own timestamps against the time the server said they were due.
/// </summary>
public sealed class ObserverLatency(ITestOutputHelper output)
{
    private readonly List<(string Change, TimeSpan Latency)> _samples = [];

    /// <summary>The slowest change seen so far.</summary>
    public TimeSpan Max => _samples.Count == 0 ? TimeSpan.Zero : _samples.Max(s => s.Latency);

    /// <summary>How many changes were measured.</summary>
    public int Count => _samples.Count;

    /// <summary>
    /// Runs <paramref name="action"/>, then waits at most the budget for <paramref name="onObserver"/>
    /// to reach <paramref name="state"/>. The selector must not already be satisfied before the action.
    /// </summary>
    public async Task MeasureAsync(string change, Func<Task> action, ILocator onObserver, WaitForSelectorState state = WaitForSelectorState.Visible)
    {
        var appearing = state is WaitForSelectorState.Visible or WaitForSelectorState.Attached;
        var before = await onObserver.CountAsync();
        Assert.True(appearing ? before == 0 : before > 0, $"'{change}': the observer's selector was already satisfied before the action ({before} matches).");

        await action();
        var clock = Stopwatch.StartNew();
        try
        {
            await (appearing ? onObserver.First : onObserver).WaitForAsync(new() { State = state, Timeout = (float)Waits.ObserverBudget.TotalMilliseconds });
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            throw new XunitException($"The observer did not show '{change}' within {Waits.ObserverBudget.TotalSeconds} s of the action.{Environment.NewLine}{ex.Message}");
        }
        Record(change, clock.Elapsed);
    }

    /// <summary>Records a latency measured another way (timer-driven changes) and checks it against the budget.</summary>
    public void Record(string change, TimeSpan latency)
    {
        _samples.Add((change, latency));
        output.WriteLine($"observer latency {Ms(latency),7} ms  {change}");
        Assert.True(latency <= Waits.ObserverBudget, $"'{change}' reached the observer after {Ms(latency)} ms (budget {Ms(Waits.ObserverBudget)} ms).");
    }

    /// <summary>Writes the summary line.</summary>
    public void Report()
    {
        var ordered = _samples.Select(s => s.Latency).Order().ToList();
        var median = ordered.Count == 0 ? TimeSpan.Zero : ordered[ordered.Count / 2];
        output.WriteLine($"observer latency over {Count} changes: max {Ms(Max)} ms, median {Ms(median)} ms (budget {Ms(Waits.ObserverBudget)} ms)");
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
