using ConsultHub.Grains.Runtime;
using ConsultHub.Grains.Tests.TestGrains;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsultHub.Grains.Tests.Runtime;

public sealed class ObserverManagerTests
{
    private readonly ManualTimeProvider _time = new();
    private readonly ObserverManager<ITestObserver> _manager;

    public ObserverManagerTests() => _manager = new(TimeSpan.FromMinutes(5), NullLogger.Instance, _time);

    [Fact]
    public async Task Observer_Subscribed_ReceivesNotifications()
    {
        await using var silo = new TestSilo();
        var publisher = silo.Grain<IPublisherGrain>("room");
        var observer = new RecordingObserver();
        await publisher.SubscribeAsync(silo.Factory.CreateObjectReference<ITestObserver>(observer));

        Assert.Equal(1, await publisher.PublishAsync("first"));
        Assert.Equal(1, await publisher.PublishAsync("second"));

        Assert.Equal(["first", "second"], observer.Received);
    }

    [Fact]
    public async Task Observer_NotRenewedWithinExpiration_IsRemovedAtNextNotification()
    {
        var stale = new RecordingObserver();
        var renewed = new RecordingObserver();
        _manager.Subscribe(stale, stale);
        _manager.Subscribe(renewed, renewed);

        _time.Advance(TimeSpan.FromMinutes(4));
        _manager.Subscribe(renewed, renewed);
        _time.Advance(TimeSpan.FromMinutes(2));
        await _manager.Notify(observer => observer.ReceiveAsync("hello"));

        Assert.Empty(stale.Received);
        Assert.Equal(["hello"], renewed.Received);
        Assert.Equal(1, _manager.Count);
    }

    [Fact]
    public async Task Observer_Failing_IsRemovedAndOthersStillNotified()
    {
        var healthy = new RecordingObserver();
        var throwsAtOnce = new FailingObserver(synchronously: true);
        var faultsLater = new FailingObserver(synchronously: false);
        _manager.Subscribe(throwsAtOnce, throwsAtOnce);
        _manager.Subscribe(healthy, healthy);
        _manager.Subscribe(faultsLater, faultsLater);

        await _manager.Notify(observer => observer.ReceiveAsync("hello"));

        Assert.Equal([healthy], _manager);
        Assert.Equal(["hello"], healthy.Received);
    }

    [Fact]
    public async Task Observer_TooSlow_IsRemovedAfterNotificationTimeoutAndNotifyReturns()
    {
        var slow = new SlowObserver();
        var healthy = new RecordingObserver();
        _manager.Subscribe(slow, slow);
        _manager.Subscribe(healthy, healthy);

        var notify = _manager.Notify(observer => observer.ReceiveAsync("hello"));
        Assert.False(notify.IsCompleted);
        _time.Advance(_manager.NotificationTimeout);
        await notify.WaitAsync(GrainProbe.Guard);

        Assert.Equal([healthy], _manager);
        slow.Fail();
    }

    [Fact]
    public async Task Observer_NotMatchingPredicate_IsSkippedAndKept()
    {
        var chosen = new RecordingObserver();
        var skipped = new RecordingObserver();
        _manager.Subscribe(chosen, chosen);
        _manager.Subscribe(skipped, skipped);

        await _manager.Notify(observer => observer.ReceiveAsync("hello"), observer => observer == chosen);

        Assert.Equal(["hello"], chosen.Received);
        Assert.Empty(skipped.Received);
        Assert.Equal(2, _manager.Count);
    }

    [Fact]
    public void Observer_Unsubscribed_IsGone()
    {
        var observer = new RecordingObserver();
        _manager.Subscribe(observer, observer);

        _manager.Unsubscribe(observer);

        Assert.Equal(0, _manager.Count);
    }

    private sealed class RecordingObserver : ITestObserver
    {
        public List<string> Received { get; } = [];

        public Task ReceiveAsync(string message)
        {
            Received.Add(message);
            return Task.CompletedTask;
        }
    }

    private sealed class FailingObserver(bool synchronously) : ITestObserver
    {
        public Task ReceiveAsync(string message) => synchronously
            ? throw new InvalidOperationException("Observer broke at once.")
            : FailLaterAsync();

        private static async Task FailLaterAsync()
        {
            await Task.Yield();
            throw new InvalidOperationException("Observer broke later.");
        }
    }

    private sealed class SlowObserver : ITestObserver
    {
        private readonly TaskCompletionSource _never = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task ReceiveAsync(string message) => _never.Task;

        public void Fail() => _never.TrySetException(new InvalidOperationException("Too late."));
    }
}
