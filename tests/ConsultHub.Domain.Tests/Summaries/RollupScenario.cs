using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Summaries;

/// <summary>The Asia, Africa and Americas consultations of one day, small enough to read in a roll-up.</summary>
public static class RollupScenario
{
    public static IReadOnlyList<ConsultationSummary> OneDay() =>
    [
        SummaryBuilder.Build(Small("c-asia", "Asia", "Asia/Tokyo", "JP", "Data localisation rules fragment the region")),
        SummaryBuilder.Build(SummaryScenario.Closed("c-africa").State),
        SummaryBuilder.Build(Small("c-americas", "Americas", "America/New_York", "BR", "Recognise indigenous data sovereignty", TimeSpan.FromHours(6))),
    ];

    /// <summary>Two participants, one turn, one recommendation with a vote, closed.</summary>
    public static ConsultationState Small(string id, string region, string timeZone, string country, string recommendation, TimeSpan? startAfter = null)
    {
        var b = ConsultationBuilder.Created(s => s with { Title = $"{region} regional consultation", Region = region, TimeZone = timeZone }, id)
            .Joined("p-1", StakeholderGroup.Academia, country, name: "First speaker")
            .Joined("p-2", StakeholderGroup.InternationalOrganization, null, name: "Second speaker")
            .Advanced(startAfter ?? TimeSpan.FromMinutes(5)).Started()
            .HandRaised("p-1").Advanced(12).FloorGiven()
            .PointPosted("p-1", recommendation, out var point, PointKind.Recommendation)
            .Advanced(61).TurnEnded()
            .Upvoted("p-2", point)
            .Advanced(30);
        return b.Closed().State;
    }
}
