using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;
using ConsultHub.Domain.Summaries;
using ConsultHub.Grains.Consultations;
using ConsultHub.Web.Api;
using ConsultHub.Web.Hubs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ConsultHub.Web.Summaries;

/// <summary>
/// Summaries over HTTP. The credential comes as a bearer token or as <c>access_token</c>, so a
/// browser can open a summary as a plain link. The grain decides who may read a record.
/// </summary>
public static class SummaryEndpoints
{
    /// <summary>Maps <c>GET /api/consultations/{id}/summary</c> and <c>GET /api/summaries</c>.</summary>
    public static IEndpointRouteBuilder MapSummaryApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/consultations/{id}/summary", SummaryAsync).WithTags("Summaries")
            .Produces<ConsultationSummary>(StatusCodes.Status200OK, "text/markdown", "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/summaries", RollupAsync).WithTags("Summaries")
            .Produces<RegionalRollup>(StatusCodes.Status200OK, "text/markdown", "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> SummaryAsync(string id, string? format, HttpRequest request, IGrainFactory grains)
    {
        if (SummaryFormats.Find(format) is not { } formatter)
        {
            return UnknownFormat(format);
        }
        if (!ValidId(id))
        {
            return Problems.Of("not-found", $"No consultation '{id}'.");
        }
        var grain = grains.GetGrain<IConsultationGrain>(id);
        if (await grain.GetRecordAsync(ConnectionCredential.Of(request.HttpContext)) is not { } state)
        {
            return await grain.GetPublicViewAsync() is null
                ? Problems.Of("not-found", $"No consultation '{id}'.")
                : Problems.Of("forbidden", "The summary is open to its moderators and the organizer at any time, and to everyone who may watch the consultation once it has closed.");
        }
        return new SummaryDocument(formatter, formatter.Format(SummaryBuilder.Build(state)), $"summary-{id}");
    }

    private static async Task<IResult> RollupAsync(string? region, string? date, string? status, string? format, string? lang, HttpRequest request, SummaryCatalog catalog)
    {
        if (SummaryFormats.Find(format) is not { } formatter)
        {
            return UnknownFormat(format);
        }
        if (RollupQuery.Language(lang) is not { } language)
        {
            return Problems.Of("invalid", $"lang must be one of: {string.Join(", ", Enum.GetValues<Language>().Select(WireNames.Of))}.");
        }
        if (RollupQuery.Parse(region, date, status) is not { } scope)
        {
            return Problems.Of("invalid", "date must be a day as YYYY-MM-DD and status one of scheduled, live, closed.");
        }
        var credential = ConnectionCredential.Of(request.HttpContext);
        if (!catalog.IsOrganizer(credential))
        {
            return Problems.Of("forbidden", "Roll-ups of several consultations need the organizer key.");
        }
        var rollup = await catalog.RollupAsync(scope, credential!, language);
        return new SummaryDocument(formatter, formatter.Format(rollup), RollupQuery.FileStem(scope));
    }

    private static IResult UnknownFormat(string? format) =>
        Problems.Of("invalid", $"Unknown format '{format}'; use {string.Join(", ", SummaryFormats.All.Select(f => f.Name))}.");

    private static bool ValidId(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
