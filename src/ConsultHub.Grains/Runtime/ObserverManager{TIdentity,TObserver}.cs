using System.Collections;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Runtime;

/// <summary>
/// Holds a grain's observers, each until it expires unless re-subscribed, and notifies them.
/// Mirrors Orleans' <c>ObserverManager</c> (same member names, so <c>Notify</c> keeps Orleans'
/// name without the Async suffix). Use it from the grain's turns only; it is not thread-safe.
/// </summary>
/// <remarks>
/// Observers are in-process objects called directly inside the grain's turn. So that one broken
/// or slow observer cannot break the turn, <see cref="Notify(Func{TObserver, Task}, Func{TObserver, bool}?)"/>
/// starts every notification, then waits for all of them at most <see cref="NotificationTimeout"/>;
/// observers that throw, fault or miss the timeout are removed (Orleans drops an observer whose
/// call fails or times out the same way) and the turn goes on. Waiting, rather than firing and
/// forgetting, keeps each observer's notifications in order. Observers must not block their
/// thread: a notification is started on the grain's turn.
/// </remarks>
/// <typeparam name="TIdentity">What identifies a subscription.</typeparam>
/// <typeparam name="TObserver">The observer type.</typeparam>
public class ObserverManager<TIdentity, TObserver> : IEnumerable<TObserver>
    where TIdentity : notnull
{
    private readonly Dictionary<TIdentity, (TObserver Observer, DateTimeOffset LastSeen)> _observers = [];
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates a manager using the system clock.</summary>
    public ObserverManager(TimeSpan expiration, ILogger logger)
        : this(expiration, logger, TimeProvider.System)
    {
    }

    /// <summary>Creates a manager using <paramref name="timeProvider"/> for expiration and timeouts.</summary>
    public ObserverManager(TimeSpan expiration, ILogger logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ExpirationDuration = expiration;
        _logger = logger;
        _time = timeProvider;
    }

    /// <summary>How long a subscription lasts without being renewed by <see cref="Subscribe"/>.</summary>
    public TimeSpan ExpirationDuration { get; set; }

    /// <summary>How long <c>Notify</c> waits for observers before removing the ones still busy. Default 5 seconds.</summary>
    public TimeSpan NotificationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many observers are subscribed, expired ones included until the next notification.</summary>
    public int Count => _observers.Count;

    /// <summary>A copy of the current subscriptions.</summary>
    public IDictionary<TIdentity, TObserver> Observers => _observers.ToDictionary(entry => entry.Key, entry => entry.Value.Observer);

    /// <summary>Adds a subscription, or renews it and replaces its observer.</summary>
    public void Subscribe(TIdentity id, TObserver observer) => _observers[id] = (observer, _time.GetUtcNow());

    /// <summary>Removes a subscription if present.</summary>
    public void Unsubscribe(TIdentity id) => _observers.Remove(id);

    /// <summary>Removes every subscription.</summary>
    public void Clear() => _observers.Clear();

    /// <summary>Removes subscriptions that were not renewed within <see cref="ExpirationDuration"/>.</summary>
    public void ClearExpired()
    {
        foreach (var id in Expired())
        {
            _observers.Remove(id);
        }
    }

    /// <summary>Notifies every live observer matching <paramref name="predicate"/>; see the remarks for how failures are handled.</summary>
    public async Task Notify(Func<TObserver, Task> notification, Func<TObserver, bool>? predicate = null)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ClearExpired();
        var started = new List<(TIdentity Id, TObserver Observer, Task Task)>();
        foreach (var (id, (observer, _)) in _observers.ToList())
        {
            if (predicate?.Invoke(observer) == false)
            {
                continue;
            }

            try
            {
                started.Add((id, observer, notification(observer)));
            }
            catch (Exception exception)
            {
                RemoveFailed(id, observer, exception);
            }
        }

        var pending = started.Where(entry => !entry.Task.IsCompleted).Select(entry => entry.Task).ToList();
        if (pending.Count > 0)
        {
            await Task.WhenAll(pending).WaitAsync(NotificationTimeout, _time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        foreach (var (id, observer, task) in started.Where(entry => !entry.Task.IsCompletedSuccessfully))
        {
            if (task.IsCompleted)
            {
                RemoveFailed(id, observer, task.Exception?.InnerException ?? new TaskCanceledException(task));
                continue;
            }

            // A late failure must not surface as an unobserved task exception.
            _ = task.ContinueWith(static late => _ = late.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            _observers.Remove(id);
            RuntimeLog.ObserverTimedOut(_logger, observer!, NotificationTimeout);
        }
    }

    /// <summary>Notifies every live observer matching <paramref name="predicate"/> synchronously; observers that throw are removed.</summary>
    public void Notify(Action<TObserver> notification, Func<TObserver, bool>? predicate = null)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ClearExpired();
        foreach (var (id, (observer, _)) in _observers.ToList())
        {
            if (predicate?.Invoke(observer) == false)
            {
                continue;
            }

            try
            {
                notification(observer);
            }
            catch (Exception exception)
            {
                RemoveFailed(id, observer, exception);
            }
        }
    }

    /// <inheritdoc/>
    public IEnumerator<TObserver> GetEnumerator() => _observers.Values.Select(entry => entry.Observer).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private List<TIdentity> Expired()
    {
        var now = _time.GetUtcNow();
        return [.. _observers.Where(entry => now - entry.Value.LastSeen > ExpirationDuration).Select(entry => entry.Key)];
    }

    private void RemoveFailed(TIdentity id, TObserver observer, Exception exception)
    {
        _observers.Remove(id);
        RuntimeLog.ObserverFailed(_logger, exception, observer!);
    }
}
