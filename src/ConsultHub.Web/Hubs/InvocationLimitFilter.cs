using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Every hub invocation passes here: a token bucket per connection answers floods with
/// <c>rate-limited:</c>, and any unexpected failure becomes a coded <c>unavailable:</c> error
/// instead of an uncoded one, so clients always get a code and never a stack trace.
/// </summary>
public sealed partial class InvocationLimitFilter(IOptions<HubLimitsOptions> options, ILogger<InvocationLimitFilter> logger) : IHubFilter
{
    private const string BucketKey = "rate-bucket";

    /// <inheritdoc/>
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        using var lease = Bucket(context.Context).AttemptAcquire();
        if (!lease.IsAcquired)
        {
            throw new HubException($"rate-limited: at most {options.Value.InvocationsPerSecond} calls a second per connection; slow down.");
        }
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ex is not HubException)
        {
            LogUnexpected(context.HubMethodName, ex);
            throw new HubException("unavailable: the hub could not complete the call; nothing was changed. Try again.");
        }
    }

    /// <inheritdoc/>
    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.TryGetValue(BucketKey, out var bucket) && bucket is IDisposable disposable)
        {
            disposable.Dispose();
        }
        return next(context, exception);
    }

    private TokenBucketRateLimiter Bucket(HubCallerContext connection)
    {
        if (connection.Items.TryGetValue(BucketKey, out var existing) && existing is TokenBucketRateLimiter bucket)
        {
            return bucket;
        }
        var limits = options.Value;
        var created = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.InvocationBurst,
            TokensPerPeriod = limits.InvocationsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
        connection.Items[BucketKey] = created;
        return created;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed unexpectedly")]
    private partial void LogUnexpected(string method, Exception exception);
}
