using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries.Localization;

namespace ConsultHub.Domain.Summaries;

/// <summary>
/// "Summary of recommendations and observations" of one consultation: what the record says once
/// moderation is applied. Hidden and pending points are counted, never shown; merged duplicates
/// are folded into the point they were merged into. Built by <see cref="SummaryBuilder"/>.
/// </summary>
/// <param name="Language">The consultation's language, which the fixed headings and labels are written in; people's own words stay as written.</param>
/// <param name="Consultation">Title, region, time zone, lifecycle times and status.</param>
/// <param name="Points">Listed points, grouped by kind, then theme, each group ordered by votes.</param>
/// <param name="PointCounts">How many points are listed, folded in, hidden and pending.</param>
/// <param name="Participation">Who joined, by stakeholder group and by country; removed participants excluded.</param>
/// <param name="Speakers">Everyone who had the floor, in the order they first spoke.</param>
/// <param name="Polls">Polls in the order they opened.</param>
/// <param name="Moderation">The moderation counts observers see.</param>
/// <param name="Timeline">Every turn in order, with the points made during it.</param>
public sealed record ConsultationSummary(
    Language Language,
    SummaryMetadata Consultation,
    IReadOnlyList<PointKindSection> Points,
    PointCounts PointCounts,
    ParticipationSummary Participation,
    IReadOnlyList<SummarySpeaker> Speakers,
    IReadOnlyList<SummaryPoll> Polls,
    ModerationCounts Moderation,
    IReadOnlyList<TimelineTurn> Timeline)
{
    /// <summary>The fixed words in <see cref="Language"/>, for whoever renders the summary (the printed page reads them from the JSON).</summary>
    public SummaryLabels Labels => SummaryCatalogue.Labels(Language);
}
