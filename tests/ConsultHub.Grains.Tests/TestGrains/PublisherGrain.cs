using ConsultHub.Grains.Runtime;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>Holds observers in an ObserverManager the way a grain that pushes updates would.</summary>
public sealed class PublisherGrain(ILogger<PublisherGrain> logger, TimeProvider time) : Grain, IPublisherGrain
{
    private readonly ObserverManager<ITestObserver> _observers = new(TimeSpan.FromMinutes(5), logger, time);

    public Task SubscribeAsync(ITestObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public async Task<int> PublishAsync(string message)
    {
        await _observers.Notify(observer => observer.ReceiveAsync(message));
        return _observers.Count;
    }
}
