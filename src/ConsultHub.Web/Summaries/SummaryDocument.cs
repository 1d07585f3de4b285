using System.Net.Http.Headers;
using System.Text;
using ConsultHub.Domain.Summaries;
using Microsoft.AspNetCore.Http;

namespace ConsultHub.Web.Summaries;

/// <summary>
/// A summary written in one format, as a UTF-8 response with a file name. Markdown and CSV come
/// as attachments, JSON inline; CSV starts with a byte order mark so that spreadsheets read
/// accented names right. Never cached: a moderator's summary of a live consultation changes.
/// </summary>
public sealed class SummaryDocument(ISummaryFormatter format, string text, string fileStem) : IResult
{
    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var json = format is JsonSummaryFormatter;
        var bytes = format is CsvSummaryFormatter ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{format.MediaType}; charset=utf-8";
        response.ContentLength = bytes.Length;
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue(json ? "inline" : "attachment") { FileName = $"\"{fileStem}.{format.FileExtension}\"" }.ToString();
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
