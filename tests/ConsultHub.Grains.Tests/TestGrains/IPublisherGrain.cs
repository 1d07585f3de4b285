using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

public interface IPublisherGrain : IGrainWithStringKey
{
    Task SubscribeAsync(ITestObserver observer);

    /// <summary>Notifies every subscriber; returns how many remain subscribed.</summary>
    Task<int> PublishAsync(string message);
}
