using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>Posting, capturing, upvoting and moderating points.</summary>
internal static class PointRules
{
    public const int MaxText = 1000, PostsPerMinute = 5;
    public static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    public static Decision Post(ConsultationState state, Caller caller, PostPoint command, DateTimeOffset now)
    {
        var rejection = Guard.First(
            Guard.OpenMember(state, caller, out var p),
            Guard.Defined(command.Kind, "Kind"),
            Guard.Text(command.Text, "Text", MaxText, true, out var text),
            Guard.Theme(state, command.Theme, out var theme));
        if (rejection is not null)
        {
            return rejection;
        }
        var recent = p.RecentPosts.Where(t => t > now - RateWindow).OrderBy(t => t).ToList();
        if (recent.Count >= PostsPerMinute)
        {
            var wait = Math.Max(1, (int)Math.Ceiling((recent[0] + RateWindow - now).TotalSeconds));
            return Decision.Reject(RejectionCode.RateLimited, $"At most {PostsPerMinute} points a minute; try again in {wait} s.");
        }
        var status = state.Settings.ModerationMode == ModerationMode.Premoderated && !caller.IsModerator ? PointStatus.Pending : PointStatus.Visible;
        return Decision.Accept(new PointPosted(NextId(state), command.Kind, text, theme, p.Id, false, state.Floor?.Id, now, status));
    }

    public static Decision Capture(ConsultationState state, Caller caller, CapturePoint command, DateTimeOffset now)
    {
        var rejection = Guard.First(
            Guard.ModeratorOfOpen(state, caller),
            Guard.Defined(command.Kind, "Kind"),
            Guard.Text(command.Text, "Text", MaxText, true, out var text),
            Guard.Theme(state, command.Theme, out var theme));
        if (rejection is not null)
        {
            return rejection;
        }
        if (command.AttributedTo is not null && state.ActiveParticipant(command.AttributedTo) is null)
        {
            return Decision.Reject(RejectionCode.NotFound, "The participant the point is attributed to does not exist.");
        }
        return Decision.Accept(new PointPosted(NextId(state), command.Kind, text, theme, command.AttributedTo, true, state.Floor?.Id, now, PointStatus.Visible));
    }

    public static Decision Upvote(ConsultationState state, Caller caller, Upvote command)
    {
        if (Guard.OpenMember(state, caller, out var p) is { } bad)
        {
            return bad;
        }
        if (!state.Points.TryGetValue(command.PointId ?? "", out var point) || point.Status is PointStatus.Pending or PointStatus.Hidden)
        {
            return Decision.Reject(RejectionCode.NotFound, "No such point.");
        }
        if (point.Status == PointStatus.Merged)
        {
            return Decision.Reject(RejectionCode.Conflict, $"This point was merged into {point.MergedInto}; upvote that one.");
        }
        return point.Voters.Contains(p.Id)
            ? Decision.Accept(new PointUpvoteWithdrawn(point.Id, p.Id))
            : Decision.Accept(new PointUpvoted(point.Id, p.Id));
    }

    public static Decision Approve(ConsultationState state, Caller caller, ApprovePoint command) =>
        Moderated(state, caller, command.PointId, out var point) is { } bad ? bad
        : point.Status != PointStatus.Pending ? Decision.Reject(RejectionCode.Conflict, $"Only pending points can be approved; this one is {Wire(point.Status)}.")
        : Decision.Accept(new PointApproved(point.Id));

    public static Decision Hide(ConsultationState state, Caller caller, HidePoint command, DateTimeOffset now)
    {
        if (Guard.First(Moderated(state, caller, command.PointId, out var point), Guard.OptionalText(command.Reason, "Reason", ParticipantRules.MaxReason, out var reason)) is { } bad)
        {
            return bad;
        }
        return point.Status is PointStatus.Hidden or PointStatus.Merged
            ? Decision.Reject(RejectionCode.Conflict, $"This point is already {Wire(point.Status)}.")
            : Decision.Accept(new PointHidden(point.Id, caller.Label, reason, now));
    }

    public static Decision Pin(ConsultationState state, Caller caller, PinPoint command) =>
        Moderated(state, caller, command.PointId, out var point) is { } bad ? bad
        : point.Status != PointStatus.Visible ? Decision.Reject(RejectionCode.Conflict, "Only visible points can be pinned.")
        : point.Pinned == command.Pinned ? Decision.Reject(RejectionCode.Conflict, command.Pinned ? "The point is already pinned." : "The point is not pinned.")
        : Decision.Accept(new PointPinned(point.Id, command.Pinned));

    public static Decision SetTheme(ConsultationState state, Caller caller, SetPointTheme command)
    {
        if (Guard.First(Moderated(state, caller, command.PointId, out var point), Guard.Theme(state, command.Theme, out var theme)) is { } bad)
        {
            return bad;
        }
        return point.Status is PointStatus.Hidden or PointStatus.Merged ? Decision.Reject(RejectionCode.Conflict, $"This point is {Wire(point.Status)}.")
            : point.Theme == theme ? Decision.Reject(RejectionCode.Conflict, "The point already has that theme.")
            : Decision.Accept(new PointThemeSet(point.Id, theme));
    }

    public static Decision Merge(ConsultationState state, Caller caller, MergePoints command, DateTimeOffset now)
    {
        var rejection = Guard.First(
            Moderated(state, caller, command.DuplicateId, out var duplicate),
            Moderated(state, caller, command.IntoId, out var into),
            Guard.OptionalText(command.Reason, "Reason", ParticipantRules.MaxReason, out var reason));
        if (rejection is not null)
        {
            return rejection;
        }
        if (duplicate.Id == into.Id)
        {
            return Decision.Reject(RejectionCode.Invalid, "A point cannot be merged into itself.");
        }
        if (duplicate.Status is PointStatus.Hidden or PointStatus.Merged || into.Status is PointStatus.Hidden or PointStatus.Merged)
        {
            return Decision.Reject(RejectionCode.Conflict, "Hidden or already merged points cannot take part in a merge.");
        }
        return Decision.Accept(new PointsMerged(duplicate.Id, into.Id, caller.Label, reason, now));
    }

    private static Rejection? Moderated(ConsultationState state, Caller caller, string? pointId, out Point point)
    {
        point = null!;
        if (Guard.ModeratorOfOpen(state, caller) is { } bad)
        {
            return bad;
        }
        if (!state.Points.TryGetValue(pointId ?? "", out var found))
        {
            return Guard.Reject(RejectionCode.NotFound, $"No point '{pointId}'.");
        }
        point = found;
        return null;
    }

    private static string NextId(ConsultationState state) => $"P{state.PointCount + 1}";

    private static string Wire(PointStatus status) => status.ToString().ToLowerInvariant();
}
