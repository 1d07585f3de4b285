using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

public interface IFlakyActivationGrain : IGrainWithStringKey
{
    /// <summary>Returns which activation attempt succeeded.</summary>
    Task<int> GetAttemptAsync();
}
