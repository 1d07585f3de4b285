using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Tests.Properties;

/// <summary>
/// An independent model of who upvoted what: a set per point, toggled by upvotes and, on a merge,
/// the target takes the union of both sets. The domain's voters must always match it.
/// </summary>
public sealed class VoterModel
{
    private readonly Dictionary<string, HashSet<string>> _voters = [];

    public void Apply(ConsultationEvent e, ConsultationState before, ConsultationState after)
    {
        switch (e)
        {
            case PointPosted p:
                _voters.Add(p.PointId, []);
                break;
            case PointUpvoted u:
                Assert.True(_voters[u.PointId].Add(u.ParticipantId), $"{u.ParticipantId} upvoted {u.PointId} twice.");
                break;
            case PointUpvoteWithdrawn w:
                Assert.True(_voters[w.PointId].Remove(w.ParticipantId), $"{w.ParticipantId} withdrew a vote on {w.PointId} they never gave.");
                break;
            case PointsMerged m:
                var union = _voters[m.IntoId].Union(_voters[m.DuplicateId]).ToHashSet();
                var merged = after.Points[m.IntoId].Voters.Count;
                Assert.Equal(union.Count, merged);
                Assert.True(merged <= before.Points[m.IntoId].Voters.Count + before.Points[m.DuplicateId].Voters.Count);
                Assert.True(merged >= Math.Max(before.Points[m.IntoId].Voters.Count, before.Points[m.DuplicateId].Voters.Count));
                _voters[m.IntoId] = union;
                break;
        }
    }

    public void AssertMatches(ConsultationState state)
    {
        Assert.Equal(_voters.Count, state.Points.Count);
        foreach (var point in state.Points.Values)
        {
            Assert.True(point.Voters.SetEquals(_voters[point.Id]), $"{point.Id} has voters [{string.Join(",", point.Voters)}], expected [{string.Join(",", _voters[point.Id].Order())}].");
        }
    }
}
