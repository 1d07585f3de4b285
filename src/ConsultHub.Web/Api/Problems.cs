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

    /// <summary>A problem with a code and a message.</summary>
    public static IResult Of(string code, string message) => Results.Problem(
        detail: message,
        statusCode: StatusOf(code),
        title: code,
        type: $"https://consulthub.example/problems/{code}",
        extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The problem of a refused outcome.</summary>
    public static IResult Of(CommandOutcome outcome) => Of(outcome.Code ?? "invalid", outcome.Message ?? "");
}
