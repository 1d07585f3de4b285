using System.Diagnostics;
using ConsultHub.Grains.Consultations;
using ConsultHub.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Telemetry;

/// <summary>
/// Counts every hub command (a method answering <see cref="CommandReply"/>) as accepted or refused
/// by the code the caller receives, and times accepted ones from the hub receiving the invocation to
/// the durable reply. Registered before the other filters, so refusals they make (rate limits,
/// unexpected failures) count too.
/// </summary>
public sealed class CommandMetricsFilter(HubMetrics metrics) : IHubFilter
{
    /// <inheritdoc/>
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        if (invocationContext.HubMethod.ReturnType != typeof(Task<CommandReply>))
        {
            return await next(invocationContext);
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await next(invocationContext);
            metrics.CommandCompleted(null, started);
            return reply;
        }
        catch (Exception ex)
        {
            metrics.CommandCompleted(CodeOf(ex), started);
            throw;
        }
    }

    /// <summary>The code the caller sees for a failed invocation (the protocol codes uncoded errors as <c>unavailable</c>).</summary>
    public static string CodeOf(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var coded = exception is HubException ? CodedErrorsHubProtocol.Coded(exception.Message) : CommandOutcome.Unavailable;
        var colon = coded.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? coded[..colon] : CommandOutcome.Unavailable;
    }
}
