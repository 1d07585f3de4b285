using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>
/// Builds the summary of a consultation from its state. Pure and deterministic: no clock, so a
/// live consultation's running turn shows without an end, and the same state always gives the
/// same summary. Hidden and pending text never enters a summary, so one summary serves every audience.
/// </summary>
public static class SummaryBuilder
{
    /// <summary>The order kinds are listed in: what the summary is named after comes first.</summary>
    public static IReadOnlyList<PointKind> KindOrder { get; } = [PointKind.Recommendation, PointKind.Observation, PointKind.Challenge, PointKind.Question];

    /// <summary>Summarizes a created consultation.</summary>
    public static ConsultationSummary Build(ConsultationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Created)
        {
            throw new ArgumentException($"Consultation '{state.Id}' was never created.", nameof(state));
        }
        var points = new PointFolding(state);
        return new ConsultationSummary(
            state.Settings.Language,
            Metadata(state),
            points.Sections(),
            points.Counts(),
            ParticipationTally.Of(state),
            Speakers(state),
            Polls(state),
            state.Tallies.Moderation,
            Timeline(state, points));
    }

    private static SummaryMetadata Metadata(ConsultationState state)
    {
        var s = state.Settings;
        var reference = state.StartedAt ?? s.StartsAt ?? state.CreatedAt;
        var heldOn = reference is { } at ? DateOnly.FromDateTime(SummaryTime.Local(at, s.TimeZone).DateTime) : (DateOnly?)null;
        return new SummaryMetadata(state.Id, s.Title, s.Region, s.TimeZone, state.Status, s.Visibility, s.Themes, heldOn,
            Utc(state.CreatedAt), Utc(s.StartsAt), Utc(state.StartedAt), Utc(state.ClosedAt));
    }

    private static IReadOnlyList<SummarySpeaker> Speakers(ConsultationState state) =>
    [
        .. state.Turns
            .GroupBy(t => t.ParticipantId)
            .Select(turns => (Participant: state.Participants[turns.Key], TurnIds: turns.Select(t => t.Id).ToList()))
            .Select(x => new SummarySpeaker(x.Participant.Id, x.Participant.DisplayName, x.Participant.Affiliation, x.Participant.Group,
                x.Participant.Country, x.TurnIds, x.Participant.SpokenMs, x.Participant.WaitedMs)),
    ];

    private static IReadOnlyList<SummaryPoll> Polls(ConsultationState state) =>
    [
        .. state.Polls.Values
            .OrderBy(p => p.OpenedAt).ThenBy(p => p.Id, IdOrder.Instance)
            .Select(p =>
            {
                var hidden = p.ResultsHiddenUntilClose && !p.Closed;
                var results = p.Results();
                return new SummaryPoll(p.Id, p.Question, p.OpenedAt.ToUniversalTime(), p.Closed, hidden, p.Votes.Count,
                    [.. p.Options.Select((text, i) => new PollOptionResult(i, text, hidden ? null : results[i]))]);
            }),
    ];

    private static IReadOnlyList<TimelineTurn> Timeline(ConsultationState state, PointFolding points) =>
    [
        .. state.Turns.Select(t =>
        {
            var p = state.Participants[t.ParticipantId];
            return new TimelineTurn(t.Id, p.Id, p.DisplayName, p.Group, t.Intent, t.StartedAt.ToUniversalTime(), Utc(t.EndedAt),
                t.DurationMs, t.WaitedMs, t.Overtime, points.MadeDuring(t.Id));
        }),
    ];

    private static DateTimeOffset? Utc(DateTimeOffset? at) => at?.ToUniversalTime();
}
