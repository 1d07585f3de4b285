using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultHub.Domain.Serialization;
using Microsoft.AspNetCore.Http;

namespace ConsultHub.Web.Api;

/// <summary>
/// Reads request bodies by hand so that malformed JSON, wrong types, unknown fields and oversized bodies
/// get the same coded problem as every other bad input, instead of the framework's uncoded 400. Unknown
/// fields are refused because a misspelt one ("capcity") would otherwise fall back to its default silently.
/// At most <see cref="MaxBytes"/> of a body is kept in memory, however much a client sends.
/// </summary>
public static class JsonBody
{
    /// <summary>Largest accepted body.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Strict = new(DomainJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

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
            if (!await TryReadAsync(request, limited))
            {
                return (null, Problems.Of("invalid", $"The body must be at most {MaxBytes} bytes."));
            }
            limited.Position = 0;
            var value = await JsonSerializer.DeserializeAsync<T>(limited, Strict, request.HttpContext.RequestAborted);
            return value is null ? (null, Problems.Of("invalid", "A JSON object is required.")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Of("invalid", JsonFieldErrors.Describe(ex, typeof(T))));
        }
    }

    /// <summary>Copies the body into <paramref name="into"/> up to <see cref="MaxBytes"/>; past that, reads the rest without keeping it and returns false.</summary>
    private static async Task<bool> TryReadAsync(HttpRequest request, MemoryStream into)
    {
        var buffer = new byte[16 * 1024];
        var fits = true;
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            fits = fits && into.Length + read <= MaxBytes;
            if (fits)
            {
                into.Write(buffer, 0, read);
            }
        }
        return fits;
    }
}
