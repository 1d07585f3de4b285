using ConsultHub.Grains.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultHub.Grains.Tests.Runtime;

public sealed class GrainRuntimeOptionsTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        var options = Resolve(_ => { });

        Assert.Equal(TimeSpan.FromMinutes(15), options.CollectionAge);
        Assert.Equal(TimeSpan.FromMinutes(1), options.CollectionQuantum);
        Assert.Equal(TimeSpan.FromSeconds(30), options.DeactivationTimeout);
    }

    [Theory]
    [InlineData(0, 1, 30, "CollectionAge must be positive")]
    [InlineData(15, 0, 30, "CollectionQuantum must be positive")]
    [InlineData(15, 1, 0, "DeactivationTimeout must be positive")]
    [InlineData(1, 2, 30, "CollectionQuantum (00:02:00) must not exceed CollectionAge (00:01:00)")]
    public void Options_OutOfRange_FailValidation(int ageMinutes, int quantumMinutes, int timeoutSeconds, string expected)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Resolve(options =>
        {
            options.CollectionAge = TimeSpan.FromMinutes(ageMinutes);
            options.CollectionQuantum = TimeSpan.FromMinutes(quantumMinutes);
            options.DeactivationTimeout = TimeSpan.FromSeconds(timeoutSeconds);
        }));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    private static GrainRuntimeOptions Resolve(Action<GrainRuntimeOptions> configure)
    {
        using var services = new ServiceCollection().AddGrainRuntime(configure).BuildServiceProvider();
        return services.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value;
    }
}
