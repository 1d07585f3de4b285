using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>Reports the ambient state its turns run with, which must never be the caller's.</summary>
public sealed class AmbientGrain : Grain, IAmbientGrain
{
    /// <summary>Set by tests on the calling side.</summary>
    public static readonly AsyncLocal<string?> CallerValue = new();

    public async Task<string> DescribeAmbientAsync()
    {
        var before = Describe();
        await Task.Yield();
        return $"{before} | {Describe()}";
    }

    private static string Describe() =>
        $"local={CallerValue.Value ?? "none"} context={SynchronizationContext.Current?.GetType().Name ?? "none"}";
}
