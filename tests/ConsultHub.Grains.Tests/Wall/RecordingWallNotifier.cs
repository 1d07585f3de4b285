using ConsultHub.Grains.Wall;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>Records the wall's pushes and lets a test wait for one that satisfies a condition.</summary>
public sealed class RecordingWallNotifier : IWallNotifier
{
    private readonly Lock _gate = new();
    private readonly List<WallUpdate> _updates = [];
    private readonly List<(Func<IReadOnlyList<WallUpdate>, bool> Condition, TaskCompletionSource Met)> _waiters = [];

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

    /// <summary>The latest entry pushed for each consultation.</summary>
    public IReadOnlyDictionary<string, WallEntry> Latest() =>
        Updates.SelectMany(u => u.Consultations).GroupBy(e => e.ConsultationId).ToDictionary(g => g.Key, g => g.Last());

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

    public Task PublishAsync(WallUpdate update)
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
