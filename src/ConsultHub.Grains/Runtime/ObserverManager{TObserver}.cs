using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Runtime;

/// <summary>An <see cref="ObserverManager{TIdentity, TObserver}"/> whose observers identify themselves,
/// as in Orleans: <c>manager.Subscribe(observer, observer)</c>.</summary>
/// <typeparam name="TObserver">The observer type.</typeparam>
public class ObserverManager<TObserver> : ObserverManager<TObserver, TObserver>
    where TObserver : notnull
{
    /// <summary>Creates a manager using the system clock.</summary>
    public ObserverManager(TimeSpan expiration, ILogger logger)
        : base(expiration, logger)
    {
    }

    /// <summary>Creates a manager using <paramref name="timeProvider"/> for expiration and timeouts.</summary>
    public ObserverManager(TimeSpan expiration, ILogger logger, TimeProvider timeProvider)
        : base(expiration, logger, timeProvider)
    {
    }
}
