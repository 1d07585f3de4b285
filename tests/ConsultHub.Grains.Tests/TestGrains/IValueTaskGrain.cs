using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>A grain interface the runtime must refuse: ValueTask is not supported.</summary>
public interface IValueTaskGrain : IGrainWithStringKey
{
    ValueTask PingAsync();
}
