using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

public interface ILifecycleGrain : IGrainWithStringKey
{
    /// <summary>Returns how many calls this activation has served, this one included.</summary>
    Task<int> CallAsync();

    /// <summary>Returns which activation of this key answered: 1 for the first, 2 after one reactivation.</summary>
    Task<int> GetGenerationAsync();

    Task<string> GetKeyAsync();

    Task FailAsync();

    Task FailSynchronously();

    Task DeactivateAsync();
}
