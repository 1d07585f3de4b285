using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Serialization;

/// <summary>One instance of every event type, with every optional field set, plus variants with optional fields left out.</summary>
public static class EventSamples
{
    private static readonly DateTimeOffset At = new(2025, 3, 10, 15, 4, 5, 678, TimeSpan.FromHours(3));

    public static IReadOnlyList<ConsultationEvent> All { get; } =
    [
        new ConsultationCreated(
            ConsultationBuilder.DefaultSettings with { StartsAt = At, ModerationMode = ModerationMode.Premoderated, QueuePolicy = QueuePolicy.FirstTime, Visibility = Visibility.Private },
            "KQ7-42MZ", "hash-m", "hash-o", At),
        new ConsultationStarted(At),
        new ConsultationClosed(At),
        new ParticipantJoined("p-1", "Ngũgĩ \"Jr\" 😀", "University of Nairobi", StakeholderGroup.InternationalOrganization, "KE", "hash-t", true, At),
        new ParticipantJoined("p-2", "Amina", null, StakeholderGroup.CivilSociety, null, "hash-t2", false, At),
        new ParticipantConnected("p-1"),
        new ParticipantDisconnected("p-1", At),
        new ParticipantRemoved("p-1", "Ana", "Spam", At),
        new ParticipantRemoved("p-1", "Ana", null, At),
        new HandRaised("p-1", HandIntent.PointOfOrder, At),
        new HandLowered("p-1", HandLoweredReason.GraceExpired, At),
        new HandLowered("p-1", HandLoweredReason.Moderator, At, "Ana", "Spoke already"),
        new AllHandsLowered("Ana", "Break", At),
        new HandMoved("p-1", 2, "Ana", null, At),
        new FloorGiven("T1", "p-1", HandIntent.Reply, At, 180),
        new FloorGiven("T2", "p-1", null, At, 90),
        new TurnWarned("T1"),
        new TurnOvertime("T1"),
        new TurnEnded("T1", At),
        new PointPosted("P1", PointKind.Recommendation, "Line one\nline two — «quoted» </script>", ConsultationBuilder.DataSharing, "p-1", true, "T1", At, PointStatus.Pending),
        new PointPosted("P2", PointKind.Question, "Who pays?", null, null, false, null, At, PointStatus.Visible),
        new PointUpvoted("P1", "p-2"),
        new PointUpvoteWithdrawn("P1", "p-2"),
        new PointApproved("P1"),
        new PointHidden("P1", "Ana", "Off topic", At),
        new PointPinned("P1", false),
        new PointThemeSet("P1", ConsultationBuilder.CapacityBuilding),
        new PointThemeSet("P1", null),
        new PointsMerged("P2", "P1", "Ana", "Duplicate", At),
        new PollOpened("Q1", "Which first?", ["Data", "Capacity", "Funding"], true, At),
        new PollVoteCast("Q1", "p-2", 2),
        new PollClosed("Q1"),
    ];
}
