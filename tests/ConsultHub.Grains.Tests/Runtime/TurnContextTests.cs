using ConsultHub.Grains.Runtime;
using ConsultHub.Grains.Tests.TestGrains;

namespace ConsultHub.Grains.Tests.Runtime;

public sealed class TurnContextTests : IAsyncLifetime
{
    private readonly TestSilo _silo = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task SelfCall_ThroughOwnReference_ThrowsDeadlockException()
    {
        var grain = _silo.Grain<IReentrantGrain>("self");

        var refused = await Assert.ThrowsAsync<DeadlockException>(grain.CallSelfAsync).WaitAsync(GrainProbe.Guard);

        Assert.Contains("not reentrant", refused.Message, StringComparison.Ordinal);
        await grain.PingAsync().WaitAsync(GrainProbe.Guard);
    }

    [Fact]
    public async Task CallChain_BackToAWaitingGrain_ThrowsDeadlockException()
    {
        var origin = _silo.Grain<IReentrantGrain>("origin");

        await Assert.ThrowsAsync<DeadlockException>(() => origin.CallPartnerAsync("partner")).WaitAsync(GrainProbe.Guard);

        await origin.PingAsync().WaitAsync(GrainProbe.Guard);
    }

    [Fact]
    public async Task CallToAnotherGrain_FromATurn_Completes()
    {
        var origin = _silo.Grain<IReentrantGrain>("caller");

        await origin.ForwardPingAsync("callee").WaitAsync(GrainProbe.Guard);

        Assert.Equal(["ping:callee"], _silo.Probe.Events);
    }
}
