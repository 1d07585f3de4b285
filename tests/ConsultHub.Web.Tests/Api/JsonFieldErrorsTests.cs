using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Api;

/// <summary>A body that does not bind gets a message naming the field by its wire name, never a .NET type.</summary>
[Collection(HubServerCollection.Name)]
public sealed class JsonFieldErrorsTests(HubServer server)
{
    private const string ValidCreate = """{ "title": "T", "region": "Asia", "timeZone": "UTC" }""";
    private const string ValidJoin = """{ "joinCode": "K", "displayName": "Amina", "stakeholderGroup": "academia" }""";

    /// <summary>Every field of create with a value of the wrong JSON kind, and enums with unknown names.</summary>
    public static TheoryData<string, string> CreateFields() => new()
    {
        { "title", "42" },
        { "region", "true" },
        { "timeZone", "[]" },
        { "startsAt", "\"tomorrow\"" },
        { "themes", "\"Capacity building\"" },
        { "themes", "[1, 2]" },
        { "moderationMode", "\"sometimes\"" },
        { "moderationMode", "1" },
        { "speakingLimitSeconds", "\"three minutes\"" },
        { "speakingLimitSeconds", "null" },
        { "queuePolicy", "\"random\"" },
        { "capacity", "\"many\"" },
        { "capacity", "1.5" },
        { "visibility", "\"secret\"" },
        { "language", "\"de\"" },
        { "language", "{}" },
    };

    /// <summary>Every field of join, the same way.</summary>
    public static TheoryData<string, string> JoinFields() => new()
    {
        { "joinCode", "123" },
        { "displayName", "{}" },
        { "affiliation", "[\"UN\"]" },
        { "stakeholderGroup", "\"civil society\"" },
        { "stakeholderGroup", "2" },
        { "country", "false" },
    };

    [Theory]
    [MemberData(nameof(CreateFields))]
    public async Task Create_WithAWrongValue_NamesTheField_AndNoDotNetType(string field, string value)
    {
        using var response = await server.Api.SendAsync(HttpMethod.Post, ConsultationApi.ApiPath, ConsultationApi.Raw(With(ValidCreate, field, value)), HubServer.OrganizerKey);

        AssertNamesOnly(await DetailAsync(response), field);
    }

    [Theory]
    [MemberData(nameof(JoinFields))]
    public async Task Join_WithAWrongValue_NamesTheField_AndNoDotNetType(string field, string value)
    {
        var keys = await server.CreateConsultationAsync();

        using var response = await server.Api.SendAsync(HttpMethod.Post, $"{ConsultationApi.ApiPath}/{keys.Id}/participants", ConsultationApi.Raw(With(ValidJoin, field, value)), null);

        AssertNamesOnly(await DetailAsync(response), field);
    }

    [Fact]
    public async Task Join_WithAnUnknownGroup_ListsTheGroupsByTheirWireNames()
    {
        var keys = await server.CreateConsultationAsync();

        using var response = await server.Api.SendAsync(HttpMethod.Post, $"{ConsultationApi.ApiPath}/{keys.Id}/participants",
            ConsultationApi.Raw(With(ValidJoin, "stakeholderGroup", "\"ngo\"")), null);

        Assert.Equal("stakeholderGroup must be one of: civil-society, academia, private-sector, member-state, international-organization, other.", await DetailAsync(response));
    }

    [Fact]
    public async Task Create_WithAnUnknownLanguage_ListsTheSixCodes()
    {
        using var response = await server.Api.SendAsync(HttpMethod.Post, ConsultationApi.ApiPath, ConsultationApi.Raw(With(ValidCreate, "language", "\"de\"")), HubServer.OrganizerKey);

        Assert.Equal("language must be one of: ar, zh, en, fr, ru, es.", await DetailAsync(response));
    }

    [Theory]
    [InlineData("{ not json", "The body is not valid JSON (line 1, position 3).")]
    [InlineData("[]", "The body must be a JSON object.")]
    [InlineData("42", "The body must be a JSON object.")]
    public async Task Create_WithABodyThatIsNotAnObject_SaysSo(string body, string expected)
    {
        using var response = await server.Api.SendAsync(HttpMethod.Post, ConsultationApi.ApiPath, ConsultationApi.Raw(body), HubServer.OrganizerKey);

        Assert.Equal(expected, await DetailAsync(response));
    }

    [Fact]
    public async Task Create_WithAMisspeltField_NamesItAndListsTheFields()
    {
        using var response = await server.Api.SendAsync(HttpMethod.Post, ConsultationApi.ApiPath, ConsultationApi.Raw(With(ValidCreate, "capcity", "10")), HubServer.OrganizerKey);
        var detail = await DetailAsync(response);

        Assert.StartsWith("capcity is not a field of this body; the fields are: title, region, timeZone, ", detail, StringComparison.Ordinal);
        Assert.Contains("capacity", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("ConsultHub.", detail, StringComparison.Ordinal);
    }

    private static void AssertNamesOnly(string detail, string field)
    {
        Assert.StartsWith($"{field} must be ", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("ConsultHub.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", detail, StringComparison.Ordinal);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid");
        return problem.GetProperty("detail").GetString()!;
    }

    private static string With(string json, string field, string value)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        body[field] = JsonNode.Parse(value);
        return body.ToJsonString(new JsonSerializerOptions());
    }
}
