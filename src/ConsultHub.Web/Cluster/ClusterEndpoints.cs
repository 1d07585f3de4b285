using ConsultHub.Grains.Consultations;
using ConsultHub.Web.Api;
using ConsultHub.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace ConsultHub.Web.Cluster;

/// <summary>
/// What an operator (or a failover test) asks a silo about the cluster, for the organizer key only
/// (<c>Authorization: Bearer &lt;key&gt;</c>): <c>GET /cluster</c> names the silo answering and
/// every member with its status as Orleans' membership sees it; <c>GET /cluster/consultations/{id}</c>
/// names the silo holding the consultation's grain, without activating it. Operators' endpoints, as
/// <c>/metrics</c> and <c>/dashboard</c> are, not part of the public API under <c>/api</c>.
/// </summary>
public static class ClusterEndpoints
{
    /// <summary>Where the endpoints live.</summary>
    public const string Path = "/cluster";

    /// <summary>Maps the two endpoints behind the organizer key.</summary>
    public static RouteGroupBuilder MapClusterEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var isOrganizer = OrganizerKey.CheckFor(app.Services);
        var cluster = app.MapGroup(Path).WithTags("Cluster").AddEndpointFilter(async (context, next) =>
            isOrganizer(BearerToken.Of(context.HttpContext.Request))
                ? await next(context)
                : Problems.Of("forbidden", "The cluster's figures need the organizer key: Authorization: Bearer <key>."));
        cluster.MapGet("/", MembersAsync).Produces<ClusterMembers>().ProducesProblem(StatusCodes.Status403Forbidden);
        cluster.MapGet("/consultations/{id}", LocateAsync).Produces<GrainLocation>().ProducesProblem(StatusCodes.Status403Forbidden);
        return cluster;
    }

    private static async Task<ClusterMembers> MembersAsync(IGrainFactory grains, ILocalSiloDetails local)
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: false);
        return new ClusterMembers(
            local.SiloAddress.ToParsableString(),
            [.. hosts.Select(h => new ClusterMember(h.SiloAddress.ToParsableString(), h.SiloName, h.Status.ToString()))]);
    }

    private static async Task<GrainLocation> LocateAsync(string id, IGrainFactory grains)
    {
        var silo = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.GetGrain<IConsultationGrain>(id));
        return new GrainLocation(id, silo?.ToParsableString());
    }
}
