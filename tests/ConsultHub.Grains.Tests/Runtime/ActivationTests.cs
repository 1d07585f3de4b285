using ConsultHub.Grains.Tests.TestGrains;

namespace ConsultHub.Grains.Tests.Runtime;

public sealed class ActivationTests : IAsyncLifetime
{
    private static readonly TimeSpan Guard = GrainProbe.Guard;
    private readonly TestSilo _silo = new();

    private GrainProbe Probe => _silo.Probe;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task SameKey_ConcurrentCalls_RunOneAtATime()
    {
        var grain = _silo.Grain<ISequenceGrain>("one");

        var calls = Enumerable.Range(0, 200).Select(i => Task.Run(() => grain.AppendAsync(i)));
        await Task.WhenAll(calls).WaitAsync(Guard);

        Assert.Equal(1, Probe.MaxConcurrentTurns("one"));
        Assert.Equal(Enumerable.Range(0, 200), (await grain.GetValuesAsync()).Order());
    }

    [Fact]
    public async Task SameKey_Calls_RunInArrivalOrder()
    {
        var grain = _silo.Grain<ISequenceGrain>("ordered");

        var calls = Enumerable.Range(0, 200).Select(grain.AppendAsync).ToList();
        await Task.WhenAll(calls).WaitAsync(Guard);

        Assert.Equal(Enumerable.Range(0, 200), await grain.GetValuesAsync());
    }

    [Fact]
    public async Task SameKey_CallsQueuedBehindABusyTurn_RunInArrivalOrder()
    {
        var grain = _silo.Grain<ISequenceGrain>("queued");
        Probe.Hold("busy");
        var busy = grain.HoldAsync("busy");
        await Probe.WhenSignaled("held:queued");

        var calls = Enumerable.Range(0, 200).Select(grain.AppendAsync).ToList();
        Probe.Release("busy");
        await Task.WhenAll(calls.Append(busy)).WaitAsync(Guard);

        Assert.Equal(Enumerable.Range(0, 200), await grain.GetValuesAsync());
        Assert.Equal(1, Probe.MaxConcurrentTurns("queued"));
    }

    [Fact]
    public async Task DifferentKeys_RunInParallel()
    {
        // Each call waits for the other to arrive, so both finish only if their turns overlap.
        var left = _silo.Grain<IRendezvousGrain>("left").MeetAsync("right");
        var right = _silo.Grain<IRendezvousGrain>("right").MeetAsync("left");

        Assert.Equal(["left", "right"], await Task.WhenAll(left, right).WaitAsync(Guard));
    }

    [Fact]
    public async Task FirstCall_Activates()
    {
        var grain = _silo.Grain<ILifecycleGrain>("first");
        Assert.Equal(0, _silo.Runtime.ActivationCount);

        Assert.Equal(1, await grain.CallAsync());

        Assert.Equal(1, _silo.Runtime.ActivationCount);
        Assert.Equal(1, Probe.Count("activate:first"));
        Assert.Equal("first", await grain.GetKeyAsync());
    }

    [Fact]
    public async Task FirstCalls_ArrivingTogether_ActivateOnce()
    {
        var grain = _silo.Grain<ILifecycleGrain>("crowd");

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(grain.CallAsync))).WaitAsync(Guard);

        Assert.Equal(1, Probe.Count("activate:crowd"));
        Assert.Equal(101, await grain.CallAsync());
    }

    [Fact]
    public async Task Activation_RunsOnActivateBeforeFirstCall()
    {
        await _silo.Grain<ILifecycleGrain>("ordered").CallAsync();

        Assert.Equal(["activate:ordered", "call:ordered"], Probe.Events);
    }

    [Fact]
    public async Task Exception_InCall_ReachesCallerAndActivationStaysUsable()
    {
        var grain = _silo.Grain<ILifecycleGrain>("faulty");
        await grain.CallAsync();

        var asynchronous = await Assert.ThrowsAsync<InvalidOperationException>(grain.FailAsync);
        var synchronous = await Assert.ThrowsAsync<ArgumentException>(grain.FailSynchronously);

        Assert.Equal("The call failed on purpose.", asynchronous.Message);
        Assert.Equal("The call failed before returning a task.", synchronous.Message);
        Assert.Equal(2, await grain.CallAsync());
        Assert.Equal(1, Probe.Count("activate:faulty"));
    }

    [Fact]
    public async Task ActivationFailure_ReachesCallerAndNextCallRetries()
    {
        var grain = _silo.Grain<IFlakyActivationGrain>("flaky");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(grain.GetAttemptAsync);

        Assert.Equal("Activation failed on purpose.", failure.Message);
        Assert.Equal(2, await grain.GetAttemptAsync());
        Assert.DoesNotContain(Probe.Events, e => e.StartsWith("deactivate:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeactivateOnIdle_AfterTurn_NextCallReactivates()
    {
        var grain = _silo.Grain<ILifecycleGrain>("doubtful");
        await grain.CallAsync();

        await grain.DeactivateAsync();

        Assert.Equal(2, await grain.GetGenerationAsync());
        Assert.Equal(
            ["activate:doubtful", "call:doubtful", "deactivate:doubtful:ApplicationRequested", "activate:doubtful"],
            Probe.Events);
    }

    [Fact]
    public async Task DeactivateOnIdle_WithCallsQueued_DeactivatesFirstAndMovesThemToFreshActivation()
    {
        var grain = _silo.Grain<ILifecycleGrain>("busy");
        await grain.CallAsync();
        Probe.Hold("deactivation:busy");

        await grain.DeactivateAsync();
        await Probe.WhenSignaled("deactivating:busy");
        var queued = Enumerable.Range(0, 5).Select(_ => grain.CallAsync()).ToList();
        Probe.Release("deactivation:busy");

        var served = await Task.WhenAll(queued).WaitAsync(Guard);

        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, served);
        Assert.Equal(2, await grain.GetGenerationAsync());
    }

    [Fact]
    public async Task Reactivation_AfterDeactivation_RunsOnActivateAgain()
    {
        var grain = _silo.Grain<ILifecycleGrain>("again");
        Assert.Equal(1, await grain.GetGenerationAsync());

        await grain.DeactivateAsync();
        await Probe.WhenSignaled("deactivated:again");

        Assert.Equal(2, await grain.GetGenerationAsync());
        Assert.Equal(2, Probe.Count("activate:again"));
        Assert.Equal(1, await grain.CallAsync());
    }

    [Fact]
    public async Task CallDuringDeactivation_RunsOnFreshActivationOnlyAfterTheOldOneFinished()
    {
        var grain = _silo.Grain<ILifecycleGrain>("handover");
        await grain.CallAsync();
        Probe.Hold("deactivation:handover");
        await grain.DeactivateAsync();
        await Probe.WhenSignaled("deactivating:handover");

        var call = grain.GetGenerationAsync();
        Assert.False(call.IsCompleted);
        Probe.Release("deactivation:handover");

        Assert.Equal(2, await call.WaitAsync(Guard));
        Assert.Equal(1, Probe.MaxLive("handover"));
        Assert.Equal(1, _silo.Runtime.ActivationCount);
    }

    [Fact]
    public async Task Deactivation_PastDeactivationTimeout_RetiresAnywayAndNextCallReactivates()
    {
        var grain = _silo.Grain<ILifecycleGrain>("stuck");
        await grain.CallAsync();
        Probe.Hold("deactivation:stuck");
        await grain.DeactivateAsync();
        await Probe.WhenSignaled("deactivating:stuck");
        var call = grain.GetGenerationAsync();

        // The token's timer and the runtime's wait timer; the grain ignores the token.
        await _silo.Time.WhenArmedAsync(2).WaitAsync(Guard);
        _silo.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(2, await call.WaitAsync(Guard));
        Probe.Release("deactivation:stuck");
    }

    [Fact]
    public void Grain_CreatedWithoutTheRuntime_RefusesRuntimeMembers()
    {
        var grain = new LifecycleGrain(new GrainProbe());

        var refused = Assert.Throws<InvalidOperationException>(grain.GetPrimaryKeyString);

        Assert.Contains("was not created by the grain runtime", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_RunsWithoutTheCallersAsyncLocalsOrSynchronizationContext()
    {
        var active = _silo.Grain<IAmbientGrain>("active");
        await active.DescribeAmbientAsync();
        var callerContext = SynchronizationContext.Current;
        Task<string> queued, inline;
        SynchronizationContext.SetSynchronizationContext(new CallerContext());
        AmbientGrain.CallerValue.Value = "caller";
        try
        {
            // A fresh grain runs the call queued behind its activation; an idle active one runs it inline.
            queued = _silo.Grain<IAmbientGrain>("fresh").DescribeAmbientAsync();
            inline = active.DescribeAmbientAsync();

            Assert.Equal("caller", AmbientGrain.CallerValue.Value);
            Assert.IsType<CallerContext>(SynchronizationContext.Current);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
            AmbientGrain.CallerValue.Value = null;
        }

        Assert.Equal("local=none context=none | local=none context=none", await queued.WaitAsync(Guard));
        Assert.Equal("local=none context=none | local=none context=none", await inline.WaitAsync(Guard));
    }

    private sealed class CallerContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) => ThreadPool.QueueUserWorkItem(_ => d(state));
    }
}
