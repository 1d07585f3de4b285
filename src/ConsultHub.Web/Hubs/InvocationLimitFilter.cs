using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Every hub invocation passes here: a token bucket per connection answers floods with
/// <c>rate-limited:</c>, and any unexpected failure becomes a coded <c>unavailable:</c> error
/// instead of an uncoded one, so clients always get a code and never a stack trace.
/// </summary>
public sealed partial class InvocationLimitFilter(IOptions<HubLimitsOptions> options, TimeProvider time, ILogger<InvocationLimitFilter> logger) : IHubFilter
{
    private const string BucketKey = "rate-bucket";

    /// <inheritdoc/>
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (!Budget(context.Context).TryTake())
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

    private CallBudget Budget(HubCallerContext connection)
    {
        if (connection.Items.TryGetValue(BucketKey, out var existing) && existing is CallBudget budget)
        {
            return budget;
        }
        var limits = options.Value;
        var created = new CallBudget(limits.InvocationsPerSecond, limits.InvocationBurst, time);
        connection.Items[BucketKey] = created;
        return created;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed unexpectedly")]
    private partial void LogUnexpected(string method, Exception exception);
}
