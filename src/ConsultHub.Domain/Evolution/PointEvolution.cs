using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;

namespace ConsultHub.Domain.Evolution;

/// <summary>Folds point events, keeping the point tallies and moderation counts in step.</summary>
internal static class PointEvolution
{
    public static ConsultationState Posted(ConsultationState s, PointPosted e)
    {
        var point = new Point
        {
            Id = e.PointId,
            Kind = e.Kind,
            Text = e.Text,
            Theme = e.Theme,
            AuthorId = e.AuthorId,
            Captured = e.Captured,
            TurnId = e.TurnId,
            PostedAt = e.PostedAt,
            Status = e.Status,
        };
        var next = s with { Points = s.Points.Add(point.Id, point), PointCount = s.PointCount + 1 };
        if (!e.Captured && e.AuthorId is not null)
        {
            next = ParticipantEvolution.Update(next, e.AuthorId, p => p with
            {
                RecentPosts = p.RecentPosts.Count >= PointRules.PostsPerMinute ? p.RecentPosts.RemoveAt(0).Add(e.PostedAt) : p.RecentPosts.Add(e.PostedAt),
            });
        }
        return Count(next, point, +1);
    }

    public static ConsultationState Voted(ConsultationState s, string pointId, string participantId, bool on) =>
        Update(s, pointId, p => p with { Voters = on ? p.Voters.Add(participantId) : p.Voters.Remove(participantId) });

    public static ConsultationState Approved(ConsultationState s, PointApproved e) =>
        Restatus(s, e.PointId, p => p with { Status = PointStatus.Visible });

    public static ConsultationState Hidden(ConsultationState s, PointHidden e)
    {
        var next = Restatus(s, e.PointId, p => p with { Status = PointStatus.Hidden, Pinned = false });
        return next with { Ledger = next.Ledger.Add(new LedgerEntry(e.At, LedgerAction.HidePoint, e.By, e.PointId, e.Reason)) };
    }

    public static ConsultationState Pinned(ConsultationState s, PointPinned e) => Update(s, e.PointId, p => p with { Pinned = e.Pinned });

    public static ConsultationState Themed(ConsultationState s, PointThemeSet e) => Restatus(s, e.PointId, p => p with { Theme = e.Theme });

    public static ConsultationState Merged(ConsultationState s, PointsMerged e)
    {
        var duplicate = s.Points[e.DuplicateId];
        var next = Restatus(s, e.DuplicateId, p => p with { Status = PointStatus.Merged, MergedInto = e.IntoId, Pinned = false });
        next = Update(next, e.IntoId, p => p with { Voters = p.Voters.Union(duplicate.Voters), MergedFrom = p.MergedFrom.Add(e.DuplicateId) });
        return next with { Ledger = next.Ledger.Add(new LedgerEntry(e.At, LedgerAction.MergePoints, e.By, $"{e.DuplicateId}->{e.IntoId}", e.Reason)) };
    }

    private static ConsultationState Update(ConsultationState s, string id, Func<Point, Point> change) =>
        s with { Points = s.Points.SetItem(id, change(s.Points[id])) };

    /// <summary>Applies a change that may move the point between tallies: uncount the old, count the new.</summary>
    private static ConsultationState Restatus(ConsultationState s, string id, Func<Point, Point> change)
    {
        var before = s.Points[id];
        var after = change(before);
        return Count(Count(Update(s, id, _ => after), before, -1), after, +1);
    }

    private static ConsultationState Count(ConsultationState s, Point point, int delta)
    {
        var t = s.Tallies;
        var m = t.Moderation;
        t = point.Status switch
        {
            PointStatus.Visible => t with
            {
                PointsByKind = Counter.Add(t.PointsByKind, WireNames.Of(point.Kind), delta),
                PointsByTheme = Counter.Add(t.PointsByTheme, WireNames.Theme(point.Theme), delta),
            },
            PointStatus.Pending => t with { Moderation = m with { Pending = m.Pending + delta } },
            PointStatus.Hidden => t with { Moderation = m with { Hidden = m.Hidden + delta } },
            PointStatus.Merged => t with { Moderation = m with { Merged = m.Merged + delta } },
            _ => t,
        };
        return s with { Tallies = t };
    }
}
