using System.Text.Json;
using ConsultHub.Domain.Serialization;
using ConsultHub.Domain.Summaries;
using ConsultHub.Domain.Tests.Builders;
using NJsonSchema;

namespace ConsultHub.Domain.Tests.Summaries;

/// <summary>The JSON summary and roll-up keep to the schemas published in docs/.</summary>
public sealed class SummarySchemaTests
{
    private static readonly JsonSummaryFormatter Json = new();

    public static TheoryData<string> Consultations() => ["closed", "created", "live with a running turn and a hidden-results poll"];

    [Theory]
    [MemberData(nameof(Consultations))]
    public async Task JsonSummary_ValidatesAgainstTheSummarySchema(string which)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath("summary.schema.json"));

        var errors = schema.Validate(Json.Format(SummaryBuilder.Build(State(which))));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task JsonRollup_ValidatesAgainstTheRollupSchema()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath("summary-rollup.schema.json"));
        var rollup = RegionalRollup.Of(new RollupScope(Region: "africa"), [.. RollupScenario.OneDay(), SummaryBuilder.Build(State("created"))]);

        var errors = schema.Validate(Json.Format(rollup));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task Schema_RefusesASummaryWithAnUnknownProperty()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath("summary.schema.json"));
        var json = Json.Format(SummaryBuilder.Build(State("closed"))).Replace("\"pointCounts\": {", "\"pointCounts\": { \"secret\": 1,", StringComparison.Ordinal);

        Assert.NotEmpty(schema.Validate(json));
    }

    [Fact]
    public void JsonSummary_ReadsBackToTheSameSummary()
    {
        var json = Json.Format(SummaryBuilder.Build(State("closed")));

        var read = JsonSerializer.Deserialize<ConsultationSummary>(json, DomainJson.Options);

        Assert.Equal(json, Json.Format(read!));
    }

    private static Model.ConsultationState State(string which) => which switch
    {
        "closed" => SummaryScenario.Closed().State,
        "created" => ConsultationBuilder.Created().State,
        _ => ConsultationBuilder.Live().Joined("p-1", country: "KE").Joined("p-2")
            .PollOpened("Hidden?", ["a", "b"], out var poll, resultsHiddenUntilClose: true).Voted("p-2", poll, 0)
            .HandRaised("p-1").Advanced(4).FloorGiven().PointPosted("p-1", "While speaking", out _).State,
    };

    private static string SchemaPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return Path.Combine(dir.FullName, "docs", name);
            }
        }
        throw new FileNotFoundException($"No Hub.sln above {AppContext.BaseDirectory}.");
    }
}
