using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>The rows of each section of the summary CSV.</summary>
internal static class CsvSections
{
    public static void Metadata(Action<CsvRow> row, SummaryMetadata c)
    {
        row(new CsvRow("consultation") { Name = "title", Text = c.Title });
        row(new CsvRow("consultation") { Name = "region", Text = c.Region });
        row(new CsvRow("consultation") { Name = "time_zone", Text = c.TimeZone });
        row(new CsvRow("consultation") { Name = "status", Text = SummaryText.Wire(c.Status) });
        row(new CsvRow("consultation") { Name = "visibility", Text = SummaryText.Wire(c.Visibility) });
        row(new CsvRow("consultation") { Name = "held_on", Text = c.HeldOn is { } d ? SummaryText.Date(d) : null });
        row(new CsvRow("consultation") { Name = "themes", Text = string.Join("; ", c.Themes) });
        row(new CsvRow("consultation") { Name = "created", Start = c.CreatedAt });
        row(new CsvRow("consultation") { Name = "planned_start", Start = c.StartsAt });
        row(new CsvRow("consultation") { Name = "session", Start = c.StartedAt, End = c.ClosedAt });
    }

    public static void Points(Action<CsvRow> row, IReadOnlyList<PointKindSection> kinds)
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

    public static void PointCounts(Action<CsvRow> row, PointCounts p, string section)
    {
        row(new CsvRow(section) { Name = "listed", Count = p.Listed });
        row(new CsvRow(section) { Name = "folded", Count = p.Folded });
        row(new CsvRow(section) { Name = "hidden", Count = p.Hidden });
        row(new CsvRow(section) { Name = "pending", Count = p.Pending });
        row(new CsvRow(section) { Name = "total", Count = p.Total });
    }

    public static void Groups(Action<CsvRow> row, IReadOnlyList<GroupParticipation> groups, string section)
    {
        foreach (var g in groups)
        {
            row(new CsvRow(section) { Group = SummaryText.Wire(g.Group), Count = g.Participants, Speakers = g.Speakers, Turns = g.Turns, SpeakingMs = g.SpokenMs, WaitingMs = g.WaitedMs });
        }
    }

    public static void Countries(Action<CsvRow> row, IReadOnlyList<CountryParticipation> countries, string section)
    {
        foreach (var c in countries)
        {
            row(new CsvRow(section) { Country = SummaryText.Country(c.Country), Count = c.Participants, Turns = c.Turns, SpeakingMs = c.SpokenMs });
        }
    }

    public static void Speakers(Action<CsvRow> row, IReadOnlyList<SummarySpeaker> speakers)
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

    public static void Polls(Action<CsvRow> row, IReadOnlyList<SummaryPoll> polls)
    {
        foreach (var poll in polls)
        {
            var status = poll.ResultsHidden ? "results-hidden" : poll.Closed ? "closed" : "open";
            row(new CsvRow("poll") { Id = poll.Id, Name = status, Text = poll.Question, Votes = poll.TotalVotes, Count = poll.Options.Count, Start = poll.OpenedAt });
            foreach (var o in poll.Options)
            {
                row(new CsvRow("poll-option") { Id = SummaryText.Number(o.Option), ParentId = poll.Id, Text = o.Text, Votes = o.Votes });
            }
        }
    }

    public static void Moderation(Action<CsvRow> row, ModerationCounts m, string section)
    {
        row(new CsvRow(section) { Name = "hidden", Count = m.Hidden });
        row(new CsvRow(section) { Name = "merged", Count = m.Merged });
        row(new CsvRow(section) { Name = "pending", Count = m.Pending });
        row(new CsvRow(section) { Name = "hands-moved", Count = m.Reordered });
        row(new CsvRow(section) { Name = "hands-removed", Count = m.HandsRemoved });
        row(new CsvRow(section) { Name = "participants-removed", Count = m.ParticipantsRemoved });
    }

    public static void Timeline(Action<CsvRow> row, IReadOnlyList<TimelineTurn> turns)
    {
        foreach (var t in turns)
        {
            row(new CsvRow("turn")
            {
                Id = t.TurnId, ParentId = t.ParticipantId, Kind = t.Intent is { } i ? SummaryText.Wire(i) : null, Group = SummaryText.Wire(t.Group),
                Name = t.DisplayName, Text = t.Overtime ? "overtime" : null, Count = t.Points.Count,
                SpeakingMs = t.EndedAt is null ? null : t.DurationMs, WaitingMs = t.WaitedMs, Start = t.StartedAt, End = t.EndedAt,
            });
            foreach (var p in t.Points)
            {
                row(new CsvRow("turn-point") { Id = p.Id, ParentId = t.TurnId, Kind = SummaryText.Wire(p.Kind), Name = p.MergedInto, Text = p.Text });
            }
        }
    }
}
