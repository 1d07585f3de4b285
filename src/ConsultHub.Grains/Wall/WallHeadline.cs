using System.Globalization;
using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Wall;

/// <summary>Projects a consultation's state to its wall entry. Only what observers may see goes in:
/// visible points, public tallies.</summary>
public static class WallHeadline
{
    /// <summary>How many points the wall shows per consultation.</summary>
    public const int TopPointCount = 3;

    /// <summary>The longest point text the wall carries; longer texts are cut with an ellipsis.</summary>
    public const int MaxPointText = 280;

    /// <summary>The headline of <paramref name="state"/> as reported at <paramref name="reportedAt"/>.</summary>
    public static WallEntry Of(ConsultationState state, DateTimeOffset reportedAt)
    {
        ArgumentNullException.ThrowIfNull(state);
        var t = state.Tallies;
        var speaker = state.Floor is { } floor && state.Participants.TryGetValue(floor.ParticipantId, out var p)
            ? new WallSpeaker(p.Id, p.DisplayName, p.Group, floor.StartedAt, floor.EndsAt, floor.Overtime)
            : null;
        var top = state.Points.Values
            .Where(x => x.IsVisible)
            .OrderByDescending(x => x.Voters.Count).ThenBy(x => x.PostedAt).ThenBy(x => x.Id.Length).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(TopPointCount)
            .Select(x => new WallPoint(x.Id, x.Kind, Cut(x.Text), x.Theme, x.Voters.Count));
        return new WallEntry(state.Id, state.Settings.Title, state.Settings.Region, state.Settings.TimeZone, state.Status, state.Version, reportedAt,
            state.StartedAt, t.PresentByGroup.Values.Sum(), t.PresentByGroup, t.HandsRaised, speaker, [.. top], t.SpeakingMsByGroup, t.Turns);
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxPointText)
        {
            return text;
        }
        var info = new StringInfo(text);
        return info.LengthInTextElements <= MaxPointText ? text : info.SubstringByTextElements(0, MaxPointText - 1) + "…";
    }
}
