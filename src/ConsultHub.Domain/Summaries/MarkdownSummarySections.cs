using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries.Localization;

namespace ConsultHub.Domain.Summaries;

/// <summary>
/// Writes one consultation's summary at a heading level, so a roll-up can nest summaries under its
/// own title. The fixed words come from <paramref name="labels"/>; people's own words stay as written.
/// </summary>
internal sealed class MarkdownSummarySections(MarkdownWriter md, SummaryLabels labels)
{
    private readonly SummaryLabels _l = labels;

    public void Write(ConsultationSummary s, int level)
    {
        var c = s.Consultation;
        md.Heading(level, MarkdownText.Inline(c.Title));
        Metadata(c);
        md.Heading(level + 1, _l.Points);
        md.Paragraph(PointCountsLine(s.PointCounts));
        foreach (var kind in s.Points)
        {
            md.Heading(level + 2, SummaryLabels.Name(_l.KindHeadings, kind.Kind));
            foreach (var theme in kind.Themes)
            {
                md.Heading(level + 3, theme.Theme is { } name ? MarkdownText.Inline(name) : _l.NoTheme);
                foreach (var point in theme.Points)
                {
                    Point(point, c.TimeZone);
                }
                md.Blank();
            }
        }
        md.Heading(level + 1, _l.Participation);
        var (joined, removed) = (s.Participation.Joined, s.Participation.Removed);
        md.Paragraph(SummaryLabels.Fill(removed > 0 ? _l.JoinedWithRemoved : _l.Joined,
            _l.Count(_l.ParticipantCount, joined), SummaryText.Number(joined), SummaryText.Number(removed)));
        GroupTable(level + 2, s.Participation.ByGroup);
        CountryTable(level + 2, s.Participation.ByCountry);
        Speakers(s.Speakers, level + 1);
        Polls(s.Polls, level + 1);
        ModerationTable(level + 1, s.Moderation);
        Timeline(s.Timeline, c.TimeZone, level + 1);
    }

    public string PointCountsLine(PointCounts p) => SummaryLabels.Fill(_l.PointCountsLine,
        _l.Count(_l.PointCount, p.Listed), _l.Count(_l.DuplicateCount, p.Folded), SummaryText.Number(p.Hidden), SummaryText.Number(p.Pending),
        SummaryText.Number(p.Total), SummaryText.Number(p.Listed), SummaryText.Number(p.Folded));

    public void GroupTable(int level, IReadOnlyList<GroupParticipation> groups)
    {
        md.Heading(level, _l.ByGroup);
        md.Table([_l.Group, _l.Participants, _l.Speakers, _l.Turns, _l.SpeakingTime, _l.WaitingTime], groups.Select(g => new[]
        {
            SummaryLabels.Name(_l.Groups, g.Group), SummaryText.Number(g.Participants), SummaryText.Number(g.Speakers), SummaryText.Number(g.Turns),
            SummaryText.Duration(g.SpokenMs), SummaryText.Duration(g.WaitedMs),
        }));
    }

    public void CountryTable(int level, IReadOnlyList<CountryParticipation> countries)
    {
        md.Heading(level, _l.ByCountry);
        md.Table([_l.Country, _l.Participants, _l.Turns, _l.SpeakingTime], countries.Select(c => new[]
        {
            MarkdownText.Inline(c.Country ?? _l.Unspecified), SummaryText.Number(c.Participants), SummaryText.Number(c.Turns), SummaryText.Duration(c.SpokenMs),
        }));
    }

    public void ModerationTable(int level, ModerationCounts m)
    {
        md.Heading(level, _l.Moderation);
        md.Table([_l.Hidden, _l.Merged, _l.Pending, _l.HandsMoved, _l.HandsRemoved, _l.ParticipantsRemoved], [
        [
            SummaryText.Number(m.Hidden), SummaryText.Number(m.Merged), SummaryText.Number(m.Pending),
            SummaryText.Number(m.Reordered), SummaryText.Number(m.HandsRemoved), SummaryText.Number(m.ParticipantsRemoved),
        ]]);
    }

    private void Metadata(SummaryMetadata c)
    {
        md.Item(_l.Consultation, MarkdownText.Inline(c.Id));
        md.Item(_l.Region, MarkdownText.Inline(c.Region));
        md.Item(_l.Status, SummaryLabels.Name(_l.Statuses, c.Status));
        md.Item(_l.TimeZone, SummaryLabels.Fill(_l.TimeZoneValue, MarkdownText.Inline(c.TimeZone)));
        if (c.HeldOn is { } day)
        {
            md.Item(_l.HeldOn, SummaryText.Date(day));
        }
        Time(_l.Created, c.CreatedAt, c.TimeZone);
        Time(_l.PlannedStart, c.StartsAt, c.TimeZone);
        Time(_l.Started, c.StartedAt, c.TimeZone);
        Time(_l.Closed, c.ClosedAt, c.TimeZone);
        if (c.Themes.Count > 0)
        {
            md.Item(_l.Themes, string.Join("; ", c.Themes.Select(MarkdownText.Inline)));
        }
        md.Blank();
    }

    private void Time(string label, DateTimeOffset? at, string timeZone)
    {
        if (at is { } value)
        {
            md.Item(label, MarkdownText.Inline(SummaryText.When(value, timeZone)));
        }
    }

    private void Point(SummaryPoint p, string timeZone)
    {
        md.Line($"- {MarkdownText.Block(p.Text, "\n  ")}");
        var by = p.AuthorName is { } name
            ? $"{MarkdownText.Inline(name)}, {(p.AuthorGroup is { } g ? SummaryLabels.Name(_l.Groups, g) : "")}"
            : _l.TheFloor;
        var flags = (p.Pinned ? $" · {_l.Pinned}" : "") + (p.Captured ? $" · {_l.Captured}" : "");
        md.Line($"  *{_l.Count(_l.VoteCount, p.Votes)} · {by} · {p.Id} · {MarkdownText.Inline(SummaryText.When(p.PostedAt, timeZone))}{flags}*");
        foreach (var d in p.Duplicates)
        {
            var author = d.AuthorName is { } n ? $"{MarkdownText.Inline(n)}, " : "";
            md.Line($"  - {SummaryLabels.Fill(_l.FoldedIn, d.Id)} ({author}{_l.Count(_l.VoteCount, d.Votes)}): {MarkdownText.Inline(d.Text)}");
        }
    }

    private void Speakers(IReadOnlyList<SummarySpeaker> speakers, int level)
    {
        md.Heading(level, _l.Speakers);
        md.Table([_l.Speaker, _l.Group, _l.Country, _l.Turns, _l.SpeakingTime, _l.WaitingTime], speakers.Select(s => new[]
        {
            MarkdownText.Inline(s.DisplayName) + (s.Affiliation is { } a ? $" ({MarkdownText.Inline(a)})" : ""),
            SummaryLabels.Name(_l.Groups, s.Group), MarkdownText.Inline(s.Country ?? _l.Unspecified), $"{SummaryText.Number(s.TurnIds.Count)} ({string.Join(", ", s.TurnIds)})",
            SummaryText.Duration(s.SpokenMs), SummaryText.Duration(s.WaitedMs),
        }));
    }

    private void Polls(IReadOnlyList<SummaryPoll> polls, int level)
    {
        md.Heading(level, _l.Polls);
        if (polls.Count == 0)
        {
            md.Paragraph(_l.NoPolls);
        }
        foreach (var poll in polls)
        {
            var state = poll.Closed ? _l.PollClosed : _l.PollOpen;
            md.Paragraph($"**{poll.Id}. {MarkdownText.Inline(poll.Question)}** ({state}, {_l.Count(_l.VoteCount, poll.TotalVotes)})");
            if (poll.ResultsHidden)
            {
                md.Paragraph(_l.ResultsHidden);
                continue;
            }
            md.Table([_l.Option, _l.Votes, _l.Share], poll.Options.Select(o => new[]
            {
                MarkdownText.Inline(o.Text), SummaryText.Number(o.Votes ?? 0), Share(o.Votes ?? 0, poll.TotalVotes),
            }));
        }
    }

    private void Timeline(IReadOnlyList<TimelineTurn> turns, string timeZone, int level)
    {
        md.Heading(level, _l.Timeline);
        if (turns.Count == 0)
        {
            md.Paragraph(_l.NobodySpoke);
            return;
        }
        md.Paragraph(SummaryLabels.Fill(_l.TimelineZone, MarkdownText.Inline(timeZone)));
        foreach (var t in turns)
        {
            var end = t.EndedAt is { } e ? $" {_l.Until} {Clock(e, timeZone)}, {SummaryText.Duration(t.DurationMs)}" : $", {_l.StillSpeaking}";
            var intent = t.Intent is { } i && i != HandIntent.Speak ? $" ({SummaryLabels.Name(_l.Intents, i)})" : "";
            var overtime = t.Overtime ? $", {_l.Overtime}" : "";
            md.Line($"- **{t.TurnId}** {Clock(t.StartedAt, timeZone)}{end}{overtime}: {MarkdownText.Inline(t.DisplayName)}, {SummaryLabels.Name(_l.Groups, t.Group)}{intent}");
            foreach (var p in t.Points)
            {
                var folded = p.MergedInto is { } into ? $" ({SummaryLabels.Fill(_l.FoldedInto, into)})" : "";
                md.Line($"  - {p.Id} {SummaryLabels.Name(_l.Kinds, p.Kind)}{folded}: {MarkdownText.Inline(p.Text)}");
            }
        }
        md.Blank();
    }

    private string Clock(DateTimeOffset at, string timeZone) => SummaryText.Clock(at, timeZone, _l.Local);

    private static string Share(int votes, int total) =>
        total == 0 ? "0%" : $"{SummaryText.Number((long)Math.Round(votes * 100.0 / total, MidpointRounding.AwayFromZero))}%";
}
