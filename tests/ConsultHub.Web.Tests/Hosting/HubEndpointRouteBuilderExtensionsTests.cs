using System.Net;
using ConsultHub.Web.Hosting;
using ConsultHub.Web.Security;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Hosting;

[Collection(HubServerCollection.Name)]
public sealed class HubEndpointRouteBuilderExtensionsTests(HubServer server)
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task HealthEndpoints_AnswerHealthy(string path)
    {
        using var response = await server.Api.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/consultations")]
    [InlineData("/api/consultations/c-missing")]
    [InlineData("/openapi/v1.json")]
    public async Task Responses_CarryTheSecurityHeaders(string path)
    {
        using var response = await server.Api.Http.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task ClientConfig_WithoutPeerUrls_ListsNoOtherHubAddress_AndIsNotCached()
    {
        using var response = await server.Api.Http.GetAsync(WebClientConfigEndpoint.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("""{"hubUrls":[]}""", await response.Content.ReadAsStringAsync());
    }
}
