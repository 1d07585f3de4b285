using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Placement;
using ConsultHub.Web.Hubs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ConsultHub.Web.Api;

/// <summary>The public HTTP API, v1, as SPEC.md states it.</summary>
public static class ConsultationEndpoints
{
    /// <summary>Maps <c>/api/consultations</c>.</summary>
    public static RouteGroupBuilder MapConsultationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/consultations").WithTags("Consultations");
        api.MapPost("/", CreateAsync)
            .Accepts<ConsultationSettings>("application/json")
            .Produces<CreatedConsultation>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", ListAsync).Produces<IReadOnlyList<DirectoryEntry>>();
        api.MapGet("/{id}", GetAsync).Produces<ConsultationView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id}/participants", JoinAsync)
            .Accepts<JoinBody>("application/json")
            .Produces<JoinedParticipant>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IGrainFactory grains)
    {
        var (settings, problem) = await JsonBody.ReadAsync<ConsultationSettings>(request);
        if (problem is not null)
        {
            return problem;
        }
        var id = Secrets.NewId("c");
        // The new grain is placed on a silo of its region: only this call knows the region before the grain exists.
        RequestContext.Set(RegionPlacementStrategy.RegionKey, settings!.Region);
        CreateResult result;
        try
        {
            result = await grains.GetGrain<IConsultationGrain>(id).CreateAsync(ConnectionCredential.Of(request.HttpContext), settings);
        }
        finally
        {
            RequestContext.Remove(RegionPlacementStrategy.RegionKey);
        }
        return result.Outcome.Accepted
            ? Results.Created($"/api/consultations/{id}", new CreatedConsultation(id, result.JoinCode!, result.ModeratorKey!, result.ObserverKey!))
            : Problems.Of(result.Outcome);
    }

    private static async Task<IResult> ListAsync(ConsultationDirectory directory, HttpRequest request) =>
        Results.Ok(await directory.ListAsync(ConnectionCredential.Of(request.HttpContext)));

    private static async Task<IResult> GetAsync(string id, HttpRequest request, IGrainFactory grains)
    {
        if (!ValidId(id))
        {
            return Problems.Of("not-found", $"No consultation '{id}'.");
        }
        var result = await grains.GetGrain<IConsultationGrain>(id).WatchAsync(ConnectionCredential.Of(request.HttpContext), null);
        if (result.Code is null)
        {
            return Results.Ok(result.View);
        }
        // The title only, so the browser can show which consultation the link is for beside a key field.
        return result.ConsultationTitle is { } title
            ? Problems.Of(result.Code, result.Message ?? "", new Dictionary<string, object?> { ["consultationTitle"] = title })
            : Problems.Of(result.Code, result.Message ?? "");
    }

    private static async Task<IResult> JoinAsync(string id, HttpRequest request, IGrainFactory grains)
    {
        if (!ValidId(id))
        {
            return Problems.Of("not-found", $"No consultation '{id}'.");
        }
        var (body, problem) = await JsonBody.ReadAsync<JoinBody>(request);
        if (problem is not null)
        {
            return problem;
        }
        if (body!.StakeholderGroup is not { } group)
        {
            return Problems.Of("invalid", "stakeholderGroup is required.");
        }
        var join = new JoinRequest(body.JoinCode, body.DisplayName, body.Affiliation, group, body.Country);
        var result = await grains.GetGrain<IConsultationGrain>(id).JoinAsync(ConnectionCredential.Of(request.HttpContext), join);
        return result.Outcome.Accepted
            ? Results.Created($"/api/consultations/{id}/participants/{result.ParticipantId}", new JoinedParticipant(result.ParticipantId!, result.Token!))
            : Problems.Of(result.Outcome);
    }

    private static bool ValidId(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
