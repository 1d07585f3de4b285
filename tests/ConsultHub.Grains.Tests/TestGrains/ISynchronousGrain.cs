using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>A grain interface the runtime must refuse: a method that does not return a task.</summary>
public interface ISynchronousGrain : IGrainWithStringKey
{
    int GetValue();
}
