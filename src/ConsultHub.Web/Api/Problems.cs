using ConsultHub.Grains.Consultations;
using Microsoft.AspNetCore.Http;

namespace ConsultHub.Web.Api;

/// <summary>Errors as <c>application/problem+json</c> with the stable <c>code</c> extension.</summary>
public static class Problems
{
    /// <summary>The HTTP status of a code.</summary>
    public static int StatusOf(string code) => code switch
    {
        "forbidden" => StatusCodes.Status403Forbidden,
        "invalid" => StatusCodes.Status400BadRequest,
        "conflict" => StatusCodes.Status409Conflict,
        "rate-limited" => StatusCodes.Status429TooManyRequests,
        "not-found" => StatusCodes.Status404NotFound,
        CommandOutcome.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The code of an HTTP error status, for problems the framework writes (no endpoint, wrong method, unhandled failure).</summary>
    public static string CodeOf(int status) => status switch
    {
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed => "not-found",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status429TooManyRequests => "rate-limited",
        >= StatusCodes.Status500InternalServerError => CommandOutcome.Unavailable,
        _ => "invalid",
    };

    /// <summary>Gives every problem the <c>code</c> extension; the API's own problems already carry theirs.</summary>
    public static void AddCode(ProblemDetailsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("code", CodeOf(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode));
    }

    /// <summary>A problem with a code and a message.</summary>
    public static IResult Of(string code, string message) => Of(code, message, new Dictionary<string, object?>());

    /// <summary>A problem with a code, a message and further extensions a client can act on.</summary>
    public static IResult Of(string code, string message, IReadOnlyDictionary<string, object?> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var all = new Dictionary<string, object?>(extensions) { ["code"] = code };
        return Results.Problem(
            detail: message,
            statusCode: StatusOf(code),
            title: code,
            type: $"https://consulthub.example/problems/{code}",
            extensions: all);
    }

    /// <summary>The problem of a refused outcome.</summary>
    public static IResult Of(CommandOutcome outcome) => Of(outcome.Code ?? "invalid", outcome.Message ?? "");
}
