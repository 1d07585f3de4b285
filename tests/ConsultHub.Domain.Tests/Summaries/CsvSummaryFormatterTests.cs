using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Summaries;

public sealed class CsvSummaryFormatterTests
{
    private static readonly CsvSummaryFormatter Csv = new();

    [Fact]
    public void Format_IsRfc4180_WithOneHeaderAndTheSameNumberOfFieldsOnEveryRecord()
    {
        var rows = CsvReader.Read(Csv.Format(SummaryBuilder.Build(SummaryScenario.Closed().State)));

        Assert.Equal("consultation_id", rows[0][0]);
        Assert.Equal("section", rows[0][1]);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        Assert.Equal(1, rows.Count(r => r[0] == "consultation_id"));
    }

    [Fact]
    public void Format_KeepsQuotesCommasAndLineBreaksOfTheText()
    {
        const string text = "Say \"no\", twice\nthen, again";
        var b = ConsultationBuilder.Live().Joined("p-1").PointPosted("p-1", text, out _);

        var rows = CsvReader.Read(Csv.Format(SummaryBuilder.Build(b.State)));

        Assert.Equal(text, rows.Single(r => r[1] == "point")[9]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    public void Format_PrefixesCellsThatASpreadsheetWouldRunAsFormulas(string text)
    {
        var b = ConsultationBuilder.Created(s => s with { Title = text, Themes = [text] }).Started().Joined("p-1", name: text);
        b.PointPosted("p-1", text, out _, theme: text);

        var rows = CsvReader.Read(Csv.Format(SummaryBuilder.Build(b.State)));

        var cells = rows.SelectMany(r => r).Where(c => c.Contains(text[1..], StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.False(c[0] is '=' or '+' or '-' or '@', $"Cell '{c}' would run as a formula."));
        Assert.Contains("'" + text, cells);
    }

    [Fact]
    public void Format_OfARollup_TagsEveryConsultationsRowsWithItsId_AndTotalsWithNone()
    {
        var rows = CsvReader.Read(Csv.Format(RegionalRollup.Of(new RollupScope(), RollupScenario.OneDay())));

        Assert.Equal(["", "c-asia", "c-africa", "c-americas"], rows.Skip(1).Select(r => r[0]).Distinct());
        Assert.All(rows.Skip(1).Where(r => r[0] == ""), r => Assert.True(r[1] is "rollup" || r[1].StartsWith("total-", StringComparison.Ordinal), r[1]));
    }

    [Fact]
    public void Format_ShowsTimesInUtcAndInTheConsultationsZone_AcrossADaylightSavingChange()
    {
        var start = new DateTimeOffset(2025, 3, 30, 0, 30, 0, TimeSpan.Zero);
        var b = ConsultationBuilder.Created(s => s with { TimeZone = "Europe/Vienna" }).Advanced(start - ConsultationBuilder.Epoch).Started().Advanced(TimeSpan.FromHours(1));
        b.Closed();

        var session = CsvReader.Read(Csv.Format(SummaryBuilder.Build(b.State))).Single(r => r[1] == "consultation" && r[8] == "session");

        Assert.Equal(["2025-03-30T00:30:00Z", "2025-03-30T01:30:00+01:00", "2025-03-30T01:30:00Z", "2025-03-30T03:30:00+02:00"], session.Skip(16));
    }
}
