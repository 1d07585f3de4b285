using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Every hub invocation passes here: a token bucket per connection answers floods with
/// <c>rate-limited:</c>, and any unexpected failure becomes a coded <c>unavailable:</c> error
/// instead of an uncoded one, so clients always get a code and never a stack trace. A refused
/// command is an answer, not a fault: it is logged here as information with its code, and
/// SignalR's own error entry for it is left out (<see cref="DispatcherCategory"/>).
/// </summary>
public sealed partial class InvocationLimitFilter(IOptions<HubLimitsOptions> options, TimeProvider time, ILogger<InvocationLimitFilter> logger) : IHubFilter
{
    /// <summary>
    /// The log category of SignalR's dispatcher, which writes every hub error, refusals included, as
    /// an error with a stack trace. Everything that reaches it has passed this filter, which logs
    /// unexpected failures itself, so the host keeps that category to critical entries.
    /// </summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

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
        catch (HubException refused)
        {
            LogRefused(context.HubMethodName, CodeOf(refused.Message));
            throw;
        }
        catch (Exception ex)
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

    /// <summary>The code a hub error starts with ("conflict: …").</summary>
    private static string CodeOf(string message) => message.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon ? message[..colon] : "unknown";

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub method {Method} refused: {Code}")]
    private partial void LogRefused(string method, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed unexpectedly")]
    private partial void LogUnexpected(string method, Exception exception);
}
