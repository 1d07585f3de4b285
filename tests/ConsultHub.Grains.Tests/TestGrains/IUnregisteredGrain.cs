using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>A valid grain interface with no grain class registered.</summary>
public interface IUnregisteredGrain : IGrainWithStringKey
{
    Task PingAsync();
}
