using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

public interface IAmbientGrain : IGrainWithStringKey
{
    /// <summary>What the grain sees of the caller's ambient state, before and after an await.</summary>
    Task<string> DescribeAmbientAsync();
}
