using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Runtime;

/// <summary>The runtime's log messages, source-generated.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Activation of grain {GrainId} failed; queued calls get the exception and the next call retries")]
    public static partial void ActivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "OnDeactivateAsync of grain {GrainId} failed; the activation is retired anyway")]
    public static partial void DeactivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "OnDeactivateAsync of grain {GrainId} did not finish within {Timeout}; the activation is retired anyway")]
    public static partial void DeactivationTimedOut(ILogger logger, GrainId grainId, TimeSpan timeout);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "A timer callback of grain {GrainId} failed; the timer keeps running")]
    public static partial void TimerCallbackFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "A turn of grain {GrainId} failed inside the runtime")]
    public static partial void TurnFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "Collected {Count} activations idle for at least {CollectionAge}")]
    public static partial void IdleCollected(ILogger logger, int count, TimeSpan collectionAge);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Grain runtime stopping with {ActivationCount} activations")]
    public static partial void Stopping(ILogger logger, int activationCount);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Grain runtime stop was cancelled with {ActivationCount} activations left")]
    public static partial void StopCancelled(ILogger logger, int activationCount);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Observer {Observer} was removed: its notification failed")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, object observer);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Observer {Observer} was removed: its notification did not finish within {Timeout}")]
    public static partial void ObserverTimedOut(ILogger logger, object observer, TimeSpan timeout);
}
