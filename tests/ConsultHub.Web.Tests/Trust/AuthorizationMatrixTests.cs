using ConsultHub.Domain.Model;
using ConsultHub.Web.Tests.Trust.Fixtures;
using ConsultHub.Web.Tests.Trust.Fuzz;
using ConsultHub.Web.Tests.Trust.Matrix;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ConsultHub.Web.Tests.Trust;

/// <summary>
/// Every hub method and endpoint, tried by every kind of caller, against <see cref="AuthorizationTable"/>:
/// a live consultation (a fresh one per operation, so an allowed call cannot disturb the next) and a closed one.
/// Refused calls must leave the consultation as it was.
/// </summary>
[Collection(OpenLimitsCollection.Name)]
public sealed class AuthorizationMatrixTests(OpenLimitsHost host, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryOperation_ForEveryCaller_IsAllowedOrForbidden_AsTheTableSays()
    {
        var other = await host.CreateConsultationAsync(s => s with { Title = "Another consultation" });
        var otherParticipant = await host.Api.JoinAsync(other.Id, other.JoinCode, "Olu", StakeholderGroup.Other, "NG");
        await using var closed = await MatrixRoom.ArrangeAsync(host, other, otherParticipant, closed: true);
        var closedVersion = await closed.VersionAsync();
        var mismatches = new List<string>();
        var cells = 0;

        foreach (var row in AuthorizationTable.Rows)
        {
            var operation = MatrixOperations.All[row.Operation];
            var room = row.Stage == "closed"
                ? closed
                : await MatrixRoom.ArrangeAsync(host, other, otherParticipant, operation.Private, operation.SpeakerHasFloor);
            try
            {
                var before = await room.VersionAsync();
                var deniedDone = false;
                // Refusals first: they must change nothing, which is checked before any allowed call may.
                foreach (var caller in Enum.GetValues<TrustCaller>().OrderBy(c => row.Allowed[c]))
                {
                    if (row.Allowed[caller] && !deniedDone)
                    {
                        deniedDone = true;
                        Check(before == await room.VersionAsync(), $"{row.Stage} {row.Operation}: refused calls changed the consultation.", mismatches);
                    }
                    var code = await operation.TryAsync(room, caller);
                    cells++;
                    var serverError = code is "unavailable" || code?.StartsWith("uncoded", StringComparison.Ordinal) == true || code?.StartsWith('5') == true;
                    var expected = row.RefusedAsClosed.Contains(caller) ? "conflict" : row.Allowed[caller] ? "allowed" : "forbidden";
                    Check(!serverError && (code == "forbidden") != row.Allowed[caller] && (expected != "conflict" || code?.EndsWith("conflict", StringComparison.Ordinal) == true),
                        $"{row.Stage} {row.Operation} as {caller}: expected {expected}, got {code ?? "accepted"}.", mismatches);
                }
            }
            finally
            {
                if (room != closed)
                {
                    await room.DisposeAsync();
                }
            }
        }

        Check(closedVersion == await closed.VersionAsync(), "Nothing may change a closed consultation.", mismatches);
        var callers = Enum.GetValues<TrustCaller>().Length;
        output.WriteLine($"Authorization matrix: {cells} cells checked ({AuthorizationTable.Rows.Count} operations x {callers} callers), {mismatches.Count} mismatches.");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Matrix_AndFuzz_CoverEveryHubMethodAndEveryEndpoint()
    {
        var surfaces = MatrixOperations.All.Values.Select(o => o.Surface).ToHashSet(StringComparer.Ordinal);
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, endpoint => Assert.Contains(endpoint, surfaces));
        Assert.All(HubSurface.Declared(), method => Assert.Contains($"hub {method}", surfaces));
        Assert.Equal(HubSurface.Declared(), HubSurface.Methods.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(MatrixOperations.All.Keys.Order(StringComparer.Ordinal), AuthorizationTable.Rows.Select(r => r.Operation).Distinct().Order(StringComparer.Ordinal));
        Assert.All(AuthorizationTable.Rows.Where(r => r.Stage == "closed"), r => Assert.False(MatrixOperations.All[r.Operation] is { Private: true } or { SpeakerHasFloor: true }));
    }

    private static void Check(bool condition, string message, List<string> mismatches)
    {
        if (!condition)
        {
            mismatches.Add(message);
        }
    }
}
