using ConsultHub.Grains.Wall;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>Records the wall's pushes to one silo's observer and lets a test wait for one that satisfies a condition.</summary>
public sealed class RecordingWallNotifier : IWallObserver
{
    private readonly Lock _gate = new();
    private readonly List<WallUpdate> _updates = [];
    private readonly List<(Func<IReadOnlyList<WallUpdate>, bool> Condition, TaskCompletionSource Met)> _waiters = [];

    /// <summary>Subscribes this recorder with the wall through <paramref name="grains"/>, as the silo it stands for would.</summary>
    public Task SubscribeAsync(IGrainFactory grains, string silo = "test-silo") =>
        grains.GetGrain<IWallGrain>(IWallGrain.Key).SubscribeAsync(silo, grains.CreateObjectReference<IWallObserver>(this));

    public IReadOnlyList<WallUpdate> Updates
    {
        get
        {
            lock (_gate)
            {
                return [.. _updates];
            }
        }
    }

    /// <summary>
    /// The newest entry pushed for each consultation, by version, as browsers keep it: pushes to
    /// another silo may arrive out of order.
    /// </summary>
    public IReadOnlyDictionary<string, WallEntry> Latest() =>
        Updates.SelectMany(u => u.Consultations).GroupBy(e => e.ConsultationId).ToDictionary(g => g.Key, g => g.Aggregate((held, next) => next.Version >= held.Version ? next : held));

    /// <summary>
    /// Waits until no push has arrived for <paramref name="quiet"/>: pushes are one-way calls, so
    /// they land a moment after the wall's turn that sent them.
    /// </summary>
    public async Task SettleAsync(TimeSpan quiet)
    {
        int seen;
        do
        {
            seen = Updates.Count;
            await Task.Delay(quiet);
        }
        while (Updates.Count != seen);
    }

    public Task WhenAsync(Func<IReadOnlyList<WallUpdate>, bool> condition, TimeSpan timeout)
    {
        var met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (condition(_updates))
            {
                return Task.CompletedTask;
            }
            _waiters.Add((condition, met));
        }
        return met.Task.WaitAsync(timeout);
    }

    public Task UpdatedAsync(WallUpdate update)
    {
        List<TaskCompletionSource> met;
        lock (_gate)
        {
            _updates.Add(update);
            met = [.. _waiters.Where(w => w.Condition(_updates)).Select(w => w.Met)];
            _waiters.RemoveAll(w => met.Contains(w.Met));
        }
        met.ForEach(m => m.TrySetResult());
        return Task.CompletedTask;
    }
}
