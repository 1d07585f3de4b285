using ConsultHub.Grains.Tests.TestGrains;

namespace ConsultHub.Grains.Tests.Runtime;

public sealed class GrainFactoryTests : IAsyncLifetime
{
    private readonly TestSilo _silo = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public void GetGrain_MethodNotReturningATask_IsRefused()
    {
        var refused = Assert.Throws<NotSupportedException>(() => _silo.Grain<ISynchronousGrain>("x"));

        Assert.Contains("ISynchronousGrain.GetValue returns Int32", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetGrain_MethodReturningValueTask_IsRefused()
    {
        var refused = Assert.Throws<NotSupportedException>(() => _silo.Grain<IValueTaskGrain>("x"));

        Assert.Contains("IValueTaskGrain.PingAsync returns ValueTask", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetGrain_InterfaceWithProperty_IsRefused()
    {
        var refused = Assert.Throws<NotSupportedException>(() => _silo.Grain<IPropertyGrain>("x"));

        Assert.Contains("get_Value is a property or event accessor", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetGrain_UnregisteredInterface_SaysHowToRegister()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => _silo.Grain<IUnregisteredGrain>("x"));

        Assert.Contains("AddGrain<IUnregisteredGrain, TGrain>()", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetGrain_ActivatesNothing()
    {
        _silo.Grain<ILifecycleGrain>("untouched");

        Assert.Equal(0, _silo.Runtime.ActivationCount);
    }

    [Fact]
    public void References_ToTheSameGrain_AreEqual()
    {
        var first = _silo.Grain<ILifecycleGrain>("same");
        var second = _silo.Grain<ILifecycleGrain>("same");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, _silo.Grain<ILifecycleGrain>("other"));
        Assert.Equal("ILifecycleGrain/same", first.ToString());
    }
}
