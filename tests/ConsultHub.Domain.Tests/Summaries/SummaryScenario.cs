using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Summaries;

/// <summary>
/// A premoderated regional consultation from creation to close that touches every part of a
/// summary: approved, pending, hidden, pinned, captured and merged points; a removed speaker; an
/// overtime turn; a reordered queue; an open and a hidden-until-close poll; and text that tries
/// to be Markdown, HTML or a spreadsheet formula.
/// </summary>
public static class SummaryScenario
{
    public static ConsultationBuilder Closed(string id = "c-1", Func<ConsultationSettings, ConsultationSettings>? configure = null)
    {
        var b = ConsultationBuilder.Created(s =>
        {
            var premoderated = s with { ModerationMode = ModerationMode.Premoderated, StartsAt = ConsultationBuilder.Epoch.AddMinutes(15) };
            return configure is null ? premoderated : configure(premoderated);
        }, id);
        b.Joined("p-1", StakeholderGroup.CivilSociety, "KE", name: "Amina Njoroge")
            .Joined("p-2", StakeholderGroup.Academia, "NG", name: "Dr. Chukwuma Obi")
            .Joined("p-3", StakeholderGroup.PrivateSector, "ZA", name: "Lerato | Mokoena")
            .Joined("p-4", StakeholderGroup.MemberState, null, name: "Delegate of *Ghana*")
            .Joined("p-5", StakeholderGroup.CivilSociety, "KE", name: "Joseph Kamau")
            .Advanced(TimeSpan.FromMinutes(15)).Started()
            .HandRaised("p-1").Advanced(5).HandRaised("p-2").Advanced(25)
            .FloorGiven();

        b.PointPosted("p-1", "Adopt \"privacy by design\" in every data-sharing agreement, e.g. =HYPERLINK(\"x\")", out var privacy, PointKind.Recommendation, ConsultationBuilder.DataSharing)
            .Step(b.Moderator, new ApprovePoint(privacy))
            .Advanced(20)
            .Step(b.Moderator, new CapturePoint(PointKind.Observation, "Speaker notes that # of breaches doubled since 2020 <b>in the region</b>.", ConsultationBuilder.DataSharing, "p-1"))
            .Advanced(75.5).TurnEnded();

        var secondTurn = b.FloorGiven().State.Floor!.Id;
        b.PointPosted("p-2", "Universities lack funding\n- for training\n1. and equipment", out var funding, PointKind.Recommendation, ConsultationBuilder.CapacityBuilding)
            .Step(b.Moderator, new ApprovePoint(funding))
            .Step(b.Moderator, new PinPoint(funding))
            .Advanced(150).Step(b.System, new WarnTurn(secondTurn))
            .Advanced(30).Step(b.System, new MarkOvertime(secondTurn))
            .PointPosted("p-3", "Adopt privacy by design in data agreements, too", out var duplicate, PointKind.Recommendation, ConsultationBuilder.DataSharing)
            .Step(b.Moderator, new ApprovePoint(duplicate))
            .Advanced(20).TurnEnded();

        b.Upvoted("p-2", privacy).Upvoted("p-3", duplicate).Upvoted("p-2", duplicate)
            .Step(b.Moderator, new MergePoints(duplicate, privacy, "Same recommendation"))
            .Upvoted("p-4", privacy).Upvoted("p-1", funding)
            .PointPosted("p-4", "-1 is what we think of this; @everyone", out var rude, PointKind.Challenge)
            .Step(b.Moderator, new ApprovePoint(rude))
            .Step(b.Moderator, new HidePoint(rude, "Off topic"))
            .PointPosted("p-4", "A question still waiting for approval?", out _, PointKind.Question)
            .PointPosted("p-5", "@UNDP what about small island states?", out var islands, PointKind.Question)
            .Step(b.Moderator, new ApprovePoint(islands))
            .Upvoted("p-1", islands)
            .Advanced(60).Spoke("p-5", 42)
            .Step(b.Moderator, new RemoveParticipant("p-5", "Left the building"));

        b.PollOpened("Should the convention include a data-sharing annex?", ["Yes", "No", "Abstain"], out var annex)
            .Voted("p-1", annex, 0).Voted("p-2", annex, 0).Voted("p-3", annex, 1).Voted("p-4", annex, 2)
            .Advanced(90).PollClosed(annex)
            .PollOpened("Priority theme for the next round?", [ConsultationBuilder.DataSharing, ConsultationBuilder.CapacityBuilding], out var priority, resultsHiddenUntilClose: true)
            .Voted("p-1", priority, 1).Voted("p-2", priority, 1).Voted("p-3", priority, 0);

        b.HandRaised("p-3").Advanced(3).HandRaised("p-4", HandIntent.PointOfOrder).Advanced(7)
            .Step(b.Moderator, new MoveHand("p-3", 1, "Was cut off earlier"))
            .FloorGiven()
            .Advanced(64.25)
            .Step(b.Moderator, new CapturePoint(PointKind.Recommendation, "Fund regional data trusts", null, null))
            .Advanced(10);
        return b.Closed();
    }
}
