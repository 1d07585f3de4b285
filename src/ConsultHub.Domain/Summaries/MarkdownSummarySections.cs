using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>Writes one consultation's summary at a heading level, so a roll-up can nest summaries under its own title.</summary>
internal sealed class MarkdownSummarySections(MarkdownWriter md)
{
    public void Write(ConsultationSummary s, int level)
    {
        var c = s.Consultation;
        md.Heading(level, MarkdownText.Inline(c.Title));
        Metadata(c);
        md.Heading(level + 1, "Points");
        md.Paragraph(PointCountsLine(s.PointCounts));
        foreach (var kind in s.Points)
        {
            md.Heading(level + 2, SummaryText.Kinds(kind.Kind));
            foreach (var theme in kind.Themes)
            {
                md.Heading(level + 3, theme.Theme is { } name ? MarkdownText.Inline(name) : "No theme");
                foreach (var point in theme.Points)
                {
                    Point(point, c.TimeZone);
                }
                md.Blank();
            }
        }
        md.Heading(level + 1, "Participation");
        md.Paragraph($"{SummaryText.Count(s.Participation.Joined, "participant")} joined" +
            (s.Participation.Removed > 0 ? $" ({SummaryText.Number(s.Participation.Removed)} removed, not counted)." : "."));
        GroupTable(md, level + 2, s.Participation.ByGroup);
        CountryTable(md, level + 2, s.Participation.ByCountry);
        Speakers(s.Speakers, level + 1);
        Polls(s.Polls, level + 1);
        ModerationTable(md, level + 1, s.Moderation);
        Timeline(s.Timeline, c.TimeZone, level + 1);
    }

    public static string PointCountsLine(PointCounts p) =>
        $"{SummaryText.Count(p.Listed, "point")} listed, with {SummaryText.Count(p.Folded, "duplicate")} folded in; " +
        $"{SummaryText.Number(p.Hidden)} hidden and {SummaryText.Number(p.Pending)} pending left out ({SummaryText.Number(p.Total)} made in all).";

    public static void GroupTable(MarkdownWriter md, int level, IReadOnlyList<GroupParticipation> groups)
    {
        md.Heading(level, "By stakeholder group");
        md.Table(["Group", "Participants", "Speakers", "Turns", "Speaking time", "Waiting time"], groups.Select(g => new[]
        {
            SummaryText.Group(g.Group), SummaryText.Number(g.Participants), SummaryText.Number(g.Speakers), SummaryText.Number(g.Turns),
            SummaryText.Duration(g.SpokenMs), SummaryText.Duration(g.WaitedMs),
        }));
    }

    public static void CountryTable(MarkdownWriter md, int level, IReadOnlyList<CountryParticipation> countries)
    {
        md.Heading(level, "By country");
        md.Table(["Country", "Participants", "Turns", "Speaking time"], countries.Select(c => new[]
        {
            MarkdownText.Inline(SummaryText.Country(c.Country)), SummaryText.Number(c.Participants), SummaryText.Number(c.Turns), SummaryText.Duration(c.SpokenMs),
        }));
    }

    public static void ModerationTable(MarkdownWriter md, int level, ModerationCounts m)
    {
        md.Heading(level, "Moderation");
        md.Table(["Hidden", "Merged", "Pending", "Hands moved", "Hands removed", "Participants removed"], [
        [
            SummaryText.Number(m.Hidden), SummaryText.Number(m.Merged), SummaryText.Number(m.Pending),
            SummaryText.Number(m.Reordered), SummaryText.Number(m.HandsRemoved), SummaryText.Number(m.ParticipantsRemoved),
        ]]);
    }

    private void Metadata(SummaryMetadata c)
    {
        md.Item("Consultation", MarkdownText.Inline(c.Id));
        md.Item("Region", MarkdownText.Inline(c.Region));
        md.Item("Status", SummaryText.Wire(c.Status));
        md.Item("Time zone", $"{MarkdownText.Inline(c.TimeZone)} (times below are UTC / {MarkdownText.Inline(c.TimeZone)})");
        if (c.HeldOn is { } day)
        {
            md.Item("Held on", SummaryText.Date(day));
        }
        Time("Created", c.CreatedAt, c.TimeZone);
        Time("Planned start", c.StartsAt, c.TimeZone);
        Time("Started", c.StartedAt, c.TimeZone);
        Time("Closed", c.ClosedAt, c.TimeZone);
        if (c.Themes.Count > 0)
        {
            md.Item("Themes", string.Join("; ", c.Themes.Select(MarkdownText.Inline)));
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
        var by = p.AuthorName is { } name ? $"{MarkdownText.Inline(name)}, {SummaryText.Group(p.AuthorGroup)}" : "the floor";
        var flags = (p.Pinned ? " · pinned" : "") + (p.Captured ? " · captured by the rapporteur" : "");
        md.Line($"  *{SummaryText.Votes(p.Votes)} · {by} · {p.Id} · {MarkdownText.Inline(SummaryText.When(p.PostedAt, timeZone))}{flags}*");
        foreach (var d in p.Duplicates)
        {
            var author = d.AuthorName is { } n ? $"{MarkdownText.Inline(n)}, " : "";
            md.Line($"  - Folded in {d.Id} ({author}{SummaryText.Votes(d.Votes)}): {MarkdownText.Inline(d.Text)}");
        }
    }

    private void Speakers(IReadOnlyList<SummarySpeaker> speakers, int level)
    {
        md.Heading(level, "Speakers");
        md.Table(["Speaker", "Group", "Country", "Turns", "Speaking time", "Waiting time"], speakers.Select(s => new[]
        {
            MarkdownText.Inline(s.DisplayName) + (s.Affiliation is { } a ? $" ({MarkdownText.Inline(a)})" : ""),
            SummaryText.Group(s.Group), MarkdownText.Inline(SummaryText.Country(s.Country)), $"{SummaryText.Number(s.TurnIds.Count)} ({string.Join(", ", s.TurnIds)})",
            SummaryText.Duration(s.SpokenMs), SummaryText.Duration(s.WaitedMs),
        }));
    }

    private void Polls(IReadOnlyList<SummaryPoll> polls, int level)
    {
        md.Heading(level, "Polls");
        if (polls.Count == 0)
        {
            md.Paragraph("No polls.");
        }
        foreach (var poll in polls)
        {
            var state = poll.Closed ? "closed" : "open";
            md.Paragraph($"**{poll.Id}. {MarkdownText.Inline(poll.Question)}** ({state}, {SummaryText.Votes(poll.TotalVotes)})");
            if (poll.ResultsHidden)
            {
                md.Paragraph("Results are hidden until the poll closes.");
                continue;
            }
            md.Table(["Option", "Votes", "Share"], poll.Options.Select(o => new[]
            {
                MarkdownText.Inline(o.Text), SummaryText.Number(o.Votes ?? 0), Share(o.Votes ?? 0, poll.TotalVotes),
            }));
        }
    }

    private void Timeline(IReadOnlyList<TimelineTurn> turns, string timeZone, int level)
    {
        md.Heading(level, "Timeline");
        if (turns.Count == 0)
        {
            md.Paragraph("Nobody had the floor.");
            return;
        }
        md.Paragraph($"Times are UTC / local ({MarkdownText.Inline(timeZone)}).");
        foreach (var t in turns)
        {
            var end = t.EndedAt is { } e ? $" to {SummaryText.Clock(e, timeZone)}, {SummaryText.Duration(t.DurationMs)}" : ", still speaking";
            var intent = t.Intent is { } i && i != HandIntent.Speak ? $" ({SummaryText.Wire(i)})" : "";
            var overtime = t.Overtime ? ", overtime" : "";
            md.Line($"- **{t.TurnId}** {SummaryText.Clock(t.StartedAt, timeZone)}{end}{overtime}: {MarkdownText.Inline(t.DisplayName)}, {SummaryText.Group(t.Group)}{intent}");
            foreach (var p in t.Points)
            {
                var folded = p.MergedInto is { } into ? $" (folded into {into})" : "";
                md.Line($"  - {p.Id} {SummaryText.Wire(p.Kind)}{folded}: {MarkdownText.Inline(p.Text)}");
            }
        }
        md.Blank();
    }

    private static string Share(int votes, int total) =>
        total == 0 ? "0%" : $"{SummaryText.Number((long)Math.Round(votes * 100.0 / total, MidpointRounding.AwayFromZero))}%";
}
