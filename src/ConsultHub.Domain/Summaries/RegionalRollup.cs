using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries.Localization;

namespace ConsultHub.Domain.Summaries;

/// <summary>
/// Several consultations' summaries in one document, such as the Asia, Africa and Americas
/// consultations of one day, for briefing delegates on all of them together: totals first, then
/// each consultation's summary in full, in the order they were held.
/// </summary>
/// <param name="Scope">The filters the consultations were chosen by.</param>
/// <param name="Totals">The consultations added up.</param>
/// <param name="Consultations">Each consultation's summary.</param>
/// <param name="Language">The language the roll-up's own words are in, whatever each consultation ran in: the reader's choice.</param>
public sealed record RegionalRollup(RollupScope Scope, RollupTotals Totals, IReadOnlyList<ConsultationSummary> Consultations, Language Language = Language.En)
{
    /// <summary>The fixed words in <see cref="Language"/>.</summary>
    public SummaryLabels Labels => SummaryCatalogue.Labels(Language);

    /// <summary>Combines the summaries that fall in <paramref name="scope"/>; the others are ignored. Its headings are in <paramref name="language"/>.</summary>
    public static RegionalRollup Of(RollupScope scope, IEnumerable<ConsultationSummary> summaries, Language language = Language.En)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(summaries);
        var chosen = summaries
            .Where(s => scope.Includes(s.Consultation))
            .OrderBy(s => s.Consultation.HeldOn ?? DateOnly.MaxValue)
            .ThenBy(s => s.Consultation.StartedAt ?? s.Consultation.StartsAt ?? s.Consultation.CreatedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(s => s.Consultation.Title, StringComparer.Ordinal)
            .ThenBy(s => s.Consultation.Id, StringComparer.Ordinal)
            .ToList();
        return new RegionalRollup(scope, Add(chosen), chosen, language);
    }

    private static RollupTotals Add(IReadOnlyList<ConsultationSummary> all)
    {
        var byGroup = Enum.GetValues<StakeholderGroup>().Select(g =>
        {
            var rows = all.SelectMany(s => s.Participation.ByGroup).Where(r => r.Group == g).ToList();
            return new GroupParticipation(g, rows.Sum(r => r.Participants), rows.Sum(r => r.Speakers), rows.Sum(r => r.Turns), rows.Sum(r => r.SpokenMs), rows.Sum(r => r.WaitedMs));
        });
        var byCountry = all.SelectMany(s => s.Participation.ByCountry)
            .GroupBy(c => c.Country)
            .Select(c => new CountryParticipation(c.Key, c.Sum(r => r.Participants), c.Sum(r => r.Turns), c.Sum(r => r.SpokenMs)))
            .OrderByDescending(c => c.Participants).ThenByDescending(c => c.SpokenMs)
            .ThenBy(c => c.Country is null ? 1 : 0).ThenBy(c => c.Country, StringComparer.Ordinal);
        var byKind = SummaryBuilder.KindOrder.Select(k => new KindCount(k,
            all.SelectMany(s => s.Points).Where(p => p.Kind == k).SelectMany(p => p.Themes).Sum(t => t.Points.Count)));
        var counts = all.Select(s => s.PointCounts).ToList();
        var moderation = all.Select(s => s.Moderation).ToList();
        return new RollupTotals(
            all.Count,
            all.Sum(s => s.Participation.Joined),
            all.Sum(s => s.Speakers.Count),
            all.Sum(s => s.Timeline.Count),
            all.Sum(s => s.Speakers.Sum(x => x.SpokenMs)),
            [.. byGroup],
            [.. byCountry],
            [.. byKind],
            new PointCounts(counts.Sum(c => c.Listed), counts.Sum(c => c.Folded), counts.Sum(c => c.Hidden), counts.Sum(c => c.Pending), counts.Sum(c => c.Total)),
            new ModerationCounts
            {
                Hidden = moderation.Sum(m => m.Hidden),
                Merged = moderation.Sum(m => m.Merged),
                Reordered = moderation.Sum(m => m.Reordered),
                HandsRemoved = moderation.Sum(m => m.HandsRemoved),
                ParticipantsRemoved = moderation.Sum(m => m.ParticipantsRemoved),
                Pending = moderation.Sum(m => m.Pending),
            });
    }
}
