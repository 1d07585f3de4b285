using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

public interface ITestObserver : IGrainObserver
{
    Task ReceiveAsync(string message);
}
