using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Api;

[Collection(HubServerCollection.Name)]
public sealed class OpenApiDocumentTests(HubServer server)
{
    private static readonly string[] HttpVerbs = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    [Fact]
    public async Task OpenApiDocument_IsServedAtV1_AndListsTheV1Endpoints()
    {
        using var response = await server.Api.Http.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        var operations = paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => HttpVerbs.Contains(op.Name))
                .Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "POST /api/consultations",
                "GET /api/consultations",
                "GET /api/consultations/{id}",
                "POST /api/consultations/{id}/participants",
                "GET /api/consultations/{id}/summary",
                "GET /api/summaries",
            },
            operations);
    }
}
