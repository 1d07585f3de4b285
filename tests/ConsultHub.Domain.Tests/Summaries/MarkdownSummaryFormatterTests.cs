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
}
