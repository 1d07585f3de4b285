using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>A grain interface the runtime must refuse: properties are not methods.</summary>
public interface IPropertyGrain : IGrainWithStringKey
{
    Task Value { get; }
}
