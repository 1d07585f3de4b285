namespace ConsultHub.EndToEnd.Tests.Sessions;

/// <summary>CSS selectors for what the observer dashboard shows (data-testids from web-client/README.md).</summary>
public static class ObserverSelectors
{
    /// <summary>The charted number of present people of a stakeholder group (a visually hidden table row).</summary>
    public static string PresentInGroup(string group, int count) =>
        $"[data-testid=tally-present-by-group] [data-testid=tally-row][data-key={group}][data-value=\"{count}\"]";

    /// <summary>A headline figure, e.g. <c>headline-present</c>.</summary>
    public static string Headline(string testId, string text) => $"[data-testid={testId}]:text-is(\"{text}\")";

    /// <summary>The consultation's lifecycle status.</summary>
    public static string Status(string status) => $"[data-testid=consultation-status][data-status={status}]";

    /// <summary>A participant's row in the queue at a 1-based position.</summary>
    public static string QueueRow(string participantId, int position) =>
        $"[data-testid=queue] [data-testid=queue-row][data-participant-id=\"{participantId}\"][data-position=\"{position}\"]";

    /// <summary>Any queue row of a participant.</summary>
    public static string QueueRow(string participantId) => $"[data-testid=queue] [data-testid=queue-row][data-participant-id=\"{participantId}\"]";

    /// <summary>The floor banner in a state: empty, speaking, warning, overtime.</summary>
    public static string Floor(string state) => $"[data-testid=floor-banner][data-state={state}]";

    /// <summary>The speaker's name while the banner is in <paramref name="state"/>.</summary>
    public static string Speaker(string name, string state = "speaking") => $"{Floor(state)} [data-testid=floor-speaker-name]:text-is(\"{name}\")";

    /// <summary>A top point with this exact text.</summary>
    public static string PointWithText(string text) => $"[data-testid=top-points] [data-testid=point-item]:has([data-testid=point-text]:text-is(\"{text}\"))";

    /// <summary>A top point by id.</summary>
    public static string Point(string pointId) => $"[data-testid=top-points] [data-testid=point-item][data-point-id=\"{pointId}\"]";

    /// <summary>A top point's vote count.</summary>
    public static string Votes(string pointId, int votes) => $"{Point(pointId)} [data-testid=point-votes]:text-is(\"{votes}\")";

    /// <summary>The moderation counts containing a phrase such as "1 merged".</summary>
    public static string Moderation(string phrase) => $"[data-testid=moderation-counts]:has-text(\"{phrase}\")";

    /// <summary>A poll shown with this question.</summary>
    public static string PollWithQuestion(string question) => $"[data-testid=poll]:has(h3:text-is(\"{question}\"))";

    /// <summary>A poll option's live result.</summary>
    public static string PollOption(string pollId, int option, int votes) =>
        $"[data-testid=poll][data-poll-id=\"{pollId}\"] [data-testid=poll-option-result][data-option=\"{option}\"][data-votes=\"{votes}\"]";

    /// <summary>A closed poll.</summary>
    public static string PollClosed(string pollId) => $"[data-testid=poll][data-poll-id=\"{pollId}\"][data-closed=true]";
}
