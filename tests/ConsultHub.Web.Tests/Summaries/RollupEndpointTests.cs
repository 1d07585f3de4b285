using System.Net;
using ConsultHub.Domain.Model;
using ConsultHub.Web.Tests.Api;
using ConsultHub.Web.Tests.Fixtures;
using NJsonSchema;

namespace ConsultHub.Web.Tests.Summaries;

[Collection(HubServerCollection.Name)]
public sealed class RollupEndpointTests(HubServer server)
{
    [Fact]
    public async Task Rollup_OfARegion_CombinesItsConsultations_OnlyThose()
    {
        var region = "Region " + Guid.NewGuid().ToString("n")[..8];
        await server.CreateConsultationAsync(s => s with { Title = "First of the day", Region = region, TimeZone = "Asia/Tokyo" });
        await server.CreateConsultationAsync(s => s with { Title = "Second of the day", Region = region, Visibility = Visibility.Private });
        await server.CreateConsultationAsync(s => s with { Title = "Somewhere else", Region = region + " other" });

        using var response = await server.Api.RollupAsync($"region={Uri.EscapeDataString(region.ToUpperInvariant())}", HubServer.OrganizerKey);
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.ContentType()?.MediaType);
        Assert.Equal($"summaries-{region.ToLowerInvariant().Replace(' ', '-')}.md", response.FileName());
        Assert.Contains("## First of the day", markdown, StringComparison.Ordinal);
        Assert.Contains("## Second of the day", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Somewhere else", markdown, StringComparison.Ordinal);
        Assert.Contains("2 consultations;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollup_AsJson_ValidatesAgainstTheRollupSchema()
    {
        var region = "Region " + Guid.NewGuid().ToString("n")[..8];
        await server.CreateConsultationAsync(s => s with { Region = region });
        var schema = await JsonSchema.FromFileAsync(SummaryDownloads.SchemaPath("summary-rollup.schema.json"));

        using var response = await server.Api.RollupAsync($"region={Uri.EscapeDataString(region)}&status=scheduled&format=json", HubServer.OrganizerKey);
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json", response.ContentType()?.MediaType);
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.Contains("\"consultations\": 1", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollup_WithLang_WritesItsOwnHeadingsInThatLanguage_AndLeavesTitlesAsWritten()
    {
        var region = "Region " + Guid.NewGuid().ToString("n")[..8];
        await server.CreateConsultationAsync(s => s with { Title = "Consulta regional", Region = region, Language = Language.Es });

        using var response = await server.Api.RollupAsync($"region={Uri.EscapeDataString(region)}&lang=fr", HubServer.OrganizerKey);
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("# Résumé des recommandations et observations : synthèse\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Consulta regional", markdown, StringComparison.Ordinal);
        Assert.Contains("### Participation", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollup_WithAnUnknownLang_IsInvalid_ListingTheSixCodes()
    {
        using var response = await server.Api.RollupAsync("lang=de", HubServer.OrganizerKey);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid");
        Assert.Equal("lang must be one of: ar, zh, en, fr, ru, es.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Rollup_AsCsv_IsAnAttachment()
    {
        using var response = await server.Api.RollupAsync("date=2020-01-01&format=csv", HubServer.OrganizerKey);

        Assert.Equal("text/csv", response.ContentType()?.MediaType);
        Assert.Equal("attachment", response.DispositionType());
        Assert.Equal("summaries-2020-01-01.csv", response.FileName());
    }

    [Fact]
    public async Task Rollup_WithoutTheOrganizerKey_IsForbidden()
    {
        var keys = await server.CreateConsultationAsync();

        foreach (var credential in new[] { null, keys.ModeratorKey, keys.ObserverKey })
        {
            using var response = await server.Api.RollupAsync("", credential);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
        }
    }

    [Theory]
    [InlineData("date=10-03-2025")]
    [InlineData("date=2025-02-30")]
    [InlineData("status=open")]
    [InlineData("format=xlsx")]
    public async Task Rollup_WithAMalformedFilter_IsInvalid(string query)
    {
        using var response = await server.Api.RollupAsync(query, HubServer.OrganizerKey);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid");
    }
}
