using ConsultHub.Domain.Summaries;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Summaries;

public sealed class MarkdownSummaryFormatterTests
{
    private static readonly MarkdownSummaryFormatter Markdown = new();

    [Theory]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("12. not a list either", "12\\. not a list either")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("*bold* and _under_ but New_York", "\\*bold\\* and \\_under\\_ but New_York")]
    [InlineData("&lt;b&gt;", "\\&lt;b\\&gt;")]
    public void Format_EscapesParticipantsText_SoItCanNeverBecomeMarkup(string text, string escaped)
    {
        var b = ConsultationBuilder.Live().Joined("p-1", name: text).PointPosted("p-1", text, out _);

        var markdown = Markdown.Format(SummaryBuilder.Build(b.State));

        Assert.Contains("- " + escaped + "\n", markdown, StringComparison.Ordinal);
        Assert.Contains(escaped + ", civil society", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_KeepsEveryLineOfAPointInsideItsListItem()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").PointPosted("p-1", "first\n\n# second\n    third", out _);

        var markdown = Markdown.Format(SummaryBuilder.Build(b.State));

        Assert.Contains("- first\n  \\# second\n  third\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ShowsTimesInUtcAndInTheConsultationsZone_AcrossADaylightSavingChange()
    {
        var start = new DateTimeOffset(2025, 3, 30, 0, 30, 0, TimeSpan.Zero);
        var b = ConsultationBuilder.Created(s => s with { TimeZone = "Europe/Vienna" }).Advanced(start - ConsultationBuilder.Epoch).Started().Advanced(TimeSpan.FromHours(1));
        b.Closed();

        var markdown = Markdown.Format(SummaryBuilder.Build(b.State));

        Assert.Contains("- **Started:** 2025-03-30 00:30 UTC / 01:30 Europe/Vienna\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Closed:** 2025-03-30 01:30 UTC / 03:30 Europe/Vienna\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_RepeatsTheLocalDate_WhenItDiffersFromTheUtcDate()
    {
        var b = ConsultationBuilder.Created(s => s with { TimeZone = "Pacific/Auckland" }).Advanced(TimeSpan.FromHours(2)).Started();

        var markdown = Markdown.Format(SummaryBuilder.Build(b.State));

        Assert.Contains("- **Started:** 2025-03-10 11:00 UTC / 2025-03-11 00:00 Pacific/Auckland\n", markdown, StringComparison.Ordinal);
    }

    /// <summary>English words that only the formatter could have written: none may be left in another language's summary.</summary>
    [Theory]
    [InlineData(Model.Language.Ar)]
    [InlineData(Model.Language.Zh)]
    [InlineData(Model.Language.Fr)]
    [InlineData(Model.Language.Ru)]
    [InlineData(Model.Language.Es)]
    public void Markdown_InAnotherLanguage_LeavesNoEnglishHeadingOrLabel(Model.Language language)
    {
        var summary = SummaryBuilder.Build(SummaryScenario.Closed(configure: s => s with { Language = language }).State);
        var rollup = RegionalRollup.Of(new RollupScope(), [summary], language);

        foreach (var markdown in new[] { Markdown.Format(summary), Markdown.Format(rollup) })
        {
            foreach (var english in new[]
            {
                "Summary of", "roll-up", "Region:", "Status:", "Time zone", "Held on", "Planned start", "Themes:", "### Points", "listed, with",
                "No theme", "Participation", "joined", "By stakeholder group", "By country", "Speaking time", "Waiting time", "unspecified",
                "### Speakers", "### Polls", "votes", "Moderation", "Hands moved", "the floor", "pinned", "captured by", "Folded in",
                "Timeline", "Times are", " local ", "folded into", "civil society", "academia", "recommendation", "Recommendations", "closed,",
                "Totals", "on the floor", "all regions",
            })
            {
                // Words French and Spanish share with English are their own ("Participation", "Points", "hora local").
                if ((language == Model.Language.Fr && english is "Participation" or "### Points") || (language == Model.Language.Es && english is " local "))
                {
                    continue;
                }
                Assert.DoesNotContain(english, markdown, StringComparison.Ordinal);
            }
        }
    }
}
