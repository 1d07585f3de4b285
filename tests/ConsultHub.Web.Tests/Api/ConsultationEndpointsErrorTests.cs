using System.Net;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Api;

/// <summary>Errors the framework produces (no endpoint, wrong method) carry a code like the API's own.</summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationEndpointsErrorTests(HubServer server)
{
    [Theory]
    [InlineData("GET", "/api/consultations/c-x/unknown", HttpStatusCode.NotFound, "not-found")]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound, "not-found")]
    [InlineData("DELETE", "/api/consultations/c-x", HttpStatusCode.MethodNotAllowed, "not-found")]
    [InlineData("PUT", "/api/consultations", HttpStatusCode.MethodNotAllowed, "not-found")]
    public async Task RequestsNoEndpointAnswers_AreProblemsWithACode(string method, string path, HttpStatusCode status, string code)
    {
        using var response = await server.Api.SendAsync(new HttpMethod(method), path, null, null);

        await ProblemAssert.IsProblemAsync(response, status, code, explained: false);
    }
}
