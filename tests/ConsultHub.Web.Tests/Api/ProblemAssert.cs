using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ConsultHub.Web.Tests.Api;

/// <summary>Checks the API's error shape: <c>application/problem+json</c> with a stable <c>code</c>.</summary>
public static class ProblemAssert
{
    /// <summary>Asserts the status, the media type, the code and (when <paramref name="explained"/>) a detail; returns the problem document.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code, bool explained = true)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (explained)
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), "A problem explains itself in detail.");
        }
        return problem;
    }
}
