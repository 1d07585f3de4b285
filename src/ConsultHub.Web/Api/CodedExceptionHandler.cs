using ConsultHub.Grains.Consultations;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Api;

/// <summary>
/// Whatever escapes an endpoint (storage gone, the runtime shutting down, a bug) is answered as a
/// coded <c>unavailable</c> problem with status 503, never as an uncoded 500; the details go to the log.
/// </summary>
public sealed partial class CodedExceptionHandler(ILogger<CodedExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        LogUnhandled(httpContext.Request.Method, httpContext.Request.Path, exception);
        var problem = Problems.Of(CommandOutcome.Unavailable, "The hub could not complete the request; nothing was changed. Try again shortly.");
        await problem.ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure in {Method} {Path}")]
    private partial void LogUnhandled(string method, PathString path, Exception exception);
}
