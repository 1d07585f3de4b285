using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries;

namespace ConsultHub.Domain.Tests.Summaries;

public sealed class JsonSummaryFormatterTests
{
    private static readonly JsonSummaryFormatter Json = new();

    [Fact]
    public void Json_CarriesTheLanguageAndItsLabels_ButKeepsPropertyNamesAndPeoplesWords()
    {
        var summary = SummaryBuilder.Build(SummaryScenario.Closed(configure: s => s with { Language = Language.Es }).State);

        using var doc = JsonDocument.Parse(Json.Format(summary));
        var root = doc.RootElement;

        Assert.Equal("es", root.GetProperty("language").GetString());
        Assert.Equal("Resumen de recomendaciones y observaciones", root.GetProperty("labels").GetProperty("title").GetString());
        Assert.Equal("sociedad civil", root.GetProperty("labels").GetProperty("groups").GetProperty("civil-society").GetString());
        Assert.Equal("{0} votos", root.GetProperty("labels").GetProperty("voteCount").GetProperty("other").GetString());
        Assert.Equal("Regional consultation on the draft convention", root.GetProperty("consultation").GetProperty("title").GetString());
        Assert.Equal("recommendation", root.GetProperty("points")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void RollupJson_IsInTheRollupsLanguage_WhateverEachConsultationRanIn()
    {
        var rollup = RegionalRollup.Of(new RollupScope(), RollupScenario.OneDay(), Language.Zh);

        using var doc = JsonDocument.Parse(Json.Format(rollup));

        Assert.Equal("zh", doc.RootElement.GetProperty("language").GetString());
        Assert.Equal("建议和意见摘要", doc.RootElement.GetProperty("labels").GetProperty("title").GetString());
        Assert.All(doc.RootElement.GetProperty("consultations").EnumerateArray(), c => Assert.Equal("en", c.GetProperty("language").GetString()));
    }
}
