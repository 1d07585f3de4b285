using System.Text.Json;
using ConsultHub.Domain.Serialization;
using Microsoft.AspNetCore.Http;

namespace ConsultHub.Web.Api;

/// <summary>
/// Reads request bodies by hand so that malformed JSON, wrong types and oversized bodies get the
/// same coded problem as every other bad input, instead of the framework's uncoded 400.
/// </summary>
public static class JsonBody
{
    /// <summary>Largest accepted body.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The body as <typeparamref name="T"/>, or a problem.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, Problems.Of("invalid", $"The body must be at most {MaxBytes} bytes."));
        }
        try
        {
            using var limited = new MemoryStream();
            await request.Body.CopyToAsync(limited, request.HttpContext.RequestAborted);
            if (limited.Length > MaxBytes)
            {
                return (null, Problems.Of("invalid", $"The body must be at most {MaxBytes} bytes."));
            }
            limited.Position = 0;
            var value = await JsonSerializer.DeserializeAsync<T>(limited, DomainJson.Options, request.HttpContext.RequestAborted);
            return value is null ? (null, Problems.Of("invalid", "A JSON object is required.")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Of("invalid", $"The body is not valid: {ex.Message.Split('.')[0]}."));
        }
    }
}
