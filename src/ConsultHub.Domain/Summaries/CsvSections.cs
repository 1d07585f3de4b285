using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries.Localization;

namespace ConsultHub.Domain.Summaries;

/// <summary>The rows of each section of the summary CSV; row labels come from <paramref name="terms"/>, counted words from <paramref name="labels"/>.</summary>
internal sealed class CsvSections(IReadOnlyDictionary<string, string> terms, SummaryLabels labels)
{
    public void Metadata(Action<CsvRow> row, SummaryMetadata c)
    {
        row(new CsvRow("consultation") { Name = terms["title"], Text = c.Title });
        row(new CsvRow("consultation") { Name = terms["region"], Text = c.Region });
        row(new CsvRow("consultation") { Name = terms["time_zone"], Text = c.TimeZone });
        row(new CsvRow("consultation") { Name = terms["status"], Text = SummaryText.Wire(c.Status) });
        row(new CsvRow("consultation") { Name = terms["visibility"], Text = SummaryText.Wire(c.Visibility) });
        row(new CsvRow("consultation") { Name = terms["held_on"], Text = c.HeldOn is { } d ? SummaryText.Date(d) : null });
        row(new CsvRow("consultation") { Name = terms["themes"], Text = string.Join("; ", c.Themes) });
        row(new CsvRow("consultation") { Name = terms["created"], Start = c.CreatedAt });
        row(new CsvRow("consultation") { Name = terms["planned_start"], Start = c.StartsAt });
        row(new CsvRow("consultation") { Name = terms["session"], Start = c.StartedAt, End = c.ClosedAt });
    }

    public void Points(Action<CsvRow> row, IReadOnlyList<PointKindSection> kinds)
    {
        foreach (var p in kinds.SelectMany(k => k.Themes).SelectMany(t => t.Points))
        {
            row(new CsvRow("point")
            {
                Id = p.Id, ParentId = p.TurnId, Kind = SummaryText.Wire(p.Kind), Theme = p.Theme, Group = p.AuthorGroup is { } g ? SummaryText.Wire(g) : null,
                Name = p.AuthorName, Text = p.Text, Votes = p.Votes, Count = p.Duplicates.Count, Start = p.PostedAt,
            });
            foreach (var d in p.Duplicates)
            {
                row(new CsvRow("duplicate") { Id = d.Id, ParentId = p.Id, Kind = SummaryText.Wire(p.Kind), Theme = p.Theme, Name = d.AuthorName, Text = d.Text, Votes = d.Votes, Start = d.PostedAt });
            }
        }
    }

    public void PointCounts(Action<CsvRow> row, PointCounts p, string section)
    {
        row(new CsvRow(section) { Name = terms["listed"], Count = p.Listed });
        row(new CsvRow(section) { Name = terms["folded"], Count = p.Folded });
        row(new CsvRow(section) { Name = terms["hidden"], Count = p.Hidden });
        row(new CsvRow(section) { Name = terms["pending"], Count = p.Pending });
        row(new CsvRow(section) { Name = terms["total"], Count = p.Total });
    }

    public void Groups(Action<CsvRow> row, IReadOnlyList<GroupParticipation> groups, string section)
    {
        foreach (var g in groups)
        {
            row(new CsvRow(section) { Group = SummaryText.Wire(g.Group), Count = g.Participants, Speakers = g.Speakers, Turns = g.Turns, SpeakingMs = g.SpokenMs, WaitingMs = g.WaitedMs });
        }
    }

    public void Countries(Action<CsvRow> row, IReadOnlyList<CountryParticipation> countries, string section)
    {
        foreach (var c in countries)
        {
            row(new CsvRow(section) { Country = c.Country ?? labels.Unspecified, Count = c.Participants, Turns = c.Turns, SpeakingMs = c.SpokenMs });
        }
    }

    public void Speakers(Action<CsvRow> row, IReadOnlyList<SummarySpeaker> speakers)
    {
        foreach (var s in speakers)
        {
            row(new CsvRow("speaker")
            {
                Id = s.ParticipantId, Group = SummaryText.Wire(s.Group), Country = s.Country, Name = s.DisplayName, Text = s.Affiliation,
                Turns = s.TurnIds.Count, SpeakingMs = s.SpokenMs, WaitingMs = s.WaitedMs,
            });
        }
    }

    public void Polls(Action<CsvRow> row, IReadOnlyList<SummaryPoll> polls)
    {
        foreach (var poll in polls)
        {
            var status = terms[poll.ResultsHidden ? "results-hidden" : poll.Closed ? "closed" : "open"];
            row(new CsvRow("poll") { Id = poll.Id, Name = status, Text = poll.Question, Votes = poll.TotalVotes, Count = poll.Options.Count, Start = poll.OpenedAt });
            foreach (var o in poll.Options)
            {
                row(new CsvRow("poll-option") { Id = SummaryText.Number(o.Option), ParentId = poll.Id, Text = o.Text, Votes = o.Votes });
            }
        }
    }

    public void Moderation(Action<CsvRow> row, ModerationCounts m, string section)
    {
        row(new CsvRow(section) { Name = terms["hidden"], Count = m.Hidden });
        row(new CsvRow(section) { Name = terms["merged"], Count = m.Merged });
        row(new CsvRow(section) { Name = terms["pending"], Count = m.Pending });
        row(new CsvRow(section) { Name = terms["hands-moved"], Count = m.Reordered });
        row(new CsvRow(section) { Name = terms["hands-removed"], Count = m.HandsRemoved });
        row(new CsvRow(section) { Name = terms["participants-removed"], Count = m.ParticipantsRemoved });
    }

    public void Timeline(Action<CsvRow> row, IReadOnlyList<TimelineTurn> turns)
    {
        foreach (var t in turns)
        {
            row(new CsvRow("turn")
            {
                Id = t.TurnId, ParentId = t.ParticipantId, Kind = t.Intent is { } i ? SummaryText.Wire(i) : null, Group = SummaryText.Wire(t.Group),
                Name = t.DisplayName, Text = t.Overtime ? terms["overtime"] : null, Count = t.Points.Count,
                SpeakingMs = t.EndedAt is null ? null : t.DurationMs, WaitingMs = t.WaitedMs, Start = t.StartedAt, End = t.EndedAt,
            });
            foreach (var p in t.Points)
            {
                row(new CsvRow("turn-point") { Id = p.Id, ParentId = t.TurnId, Kind = SummaryText.Wire(p.Kind), Name = p.MergedInto, Text = p.Text });
            }
        }
    }
}
