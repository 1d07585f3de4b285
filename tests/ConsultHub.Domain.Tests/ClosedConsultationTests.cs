using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests;

/// <summary>Once closed, a consultation is read-only, and every command says so in the same words.</summary>
public sealed class ClosedConsultationTests
{
    public const string ClosedMessage = "The consultation is closed.";

    private static readonly ConsultationBuilder Closed = Arrange(out Ids);

    private static readonly (string Point, string Other, string Poll) Ids;

    public static TheoryData<string> ParticipantCommands() => [.. ParticipantCommandsByName().Keys];

    public static TheoryData<string> ModeratorCommands() => [.. ModeratorCommandsByName().Keys];

    [Theory]
    [MemberData(nameof(ParticipantCommands))]
    public void ParticipantCommand_OnAClosedConsultation_SaysItIsClosed(string command)
    {
        var rejection = DecisionAssert.Rejected(Closed.Decide(Closed.Participant("p-1"), ParticipantCommandsByName()[command]), RejectionCode.Conflict);

        Assert.Equal(ClosedMessage, rejection.Message);
    }

    [Theory]
    [MemberData(nameof(ModeratorCommands))]
    public void ModeratorCommand_OnAClosedConsultation_SaysItIsClosed(string command)
    {
        var rejection = DecisionAssert.Rejected(Closed.Decide(Closed.ModeratorAs("m-1"), ModeratorCommandsByName()[command]), RejectionCode.Conflict);

        Assert.Equal(ClosedMessage, rejection.Message);
    }

    /// <summary>Participant tokens expire at close, so the hub resolves their holders as anonymous.</summary>
    [Theory]
    [MemberData(nameof(ParticipantCommands))]
    public void ParticipantCommand_WithATokenThatExpiredAtClose_SaysItIsClosed(string command)
    {
        var rejection = DecisionAssert.Rejected(Closed.Decide(Caller.Anonymous, ParticipantCommandsByName()[command]), RejectionCode.Conflict);

        Assert.Equal(ClosedMessage, rejection.Message);
    }

    [Fact]
    public void Join_OfANewcomer_ToAClosedConsultation_SaysItIsClosed()
    {
        var join = new Join("p-9", ConsultationBuilder.JoinCode, "Late", null, StakeholderGroup.Academia, null, "hash-token-p-9");

        var rejection = DecisionAssert.Rejected(Closed.Decide(Caller.Anonymous, join), RejectionCode.Conflict);

        Assert.Equal(ClosedMessage, rejection.Message);
    }

    private static Dictionary<string, ConsultationCommand> ParticipantCommandsByName() => new()
    {
        ["leave"] = new Leave(),
        ["raise-hand"] = new RaiseHand(HandIntent.Speak),
        ["lower-hand"] = new LowerHand(),
        ["post-point"] = new PostPoint(PointKind.Question, "Too late?"),
        ["upvote"] = new Upvote(Ids.Point),
        ["vote"] = new Vote(Ids.Poll, 0),
        ["end-turn"] = new EndTurn(),
    };

    private static Dictionary<string, ConsultationCommand> ModeratorCommandsByName() => new()
    {
        ["start"] = new StartConsultation(),
        ["close"] = new CloseConsultation(),
        ["give-floor"] = new GiveFloor("p-1"),
        ["end-turn"] = new EndTurn(),
        ["lower-all-hands"] = new LowerAllHands(),
        ["remove-hand"] = new RemoveHand("p-1"),
        ["move-hand"] = new MoveHand("p-1", 1),
        ["approve-point"] = new ApprovePoint(Ids.Point),
        ["hide-point"] = new HidePoint(Ids.Point),
        ["pin-point"] = new PinPoint(Ids.Point),
        ["set-point-theme"] = new SetPointTheme(Ids.Point, null),
        ["merge-points"] = new MergePoints(Ids.Other, Ids.Point),
        ["capture-point"] = new CapturePoint(PointKind.Recommendation, "After the fact"),
        ["open-poll"] = new OpenPoll("Again?", ["Yes", "No"]),
        ["close-poll"] = new ClosePoll(Ids.Poll),
        ["remove-participant"] = new RemoveParticipant("p-2"),
        ["raise-hand"] = new RaiseHand(HandIntent.Speak),
        ["post-point"] = new PostPoint(PointKind.Observation, "Moderator, late"),
    };

    private static ConsultationBuilder Arrange(out (string Point, string Other, string Poll) ids)
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").ModeratorJoined("m-1")
            .PointPosted("p-1", "A point", out var point).PointPosted("p-2", "Another point", out var other)
            .PollOpened("Which?", ["A", "B"], out var poll)
            .HandRaised("p-1").FloorGiven("p-1").Closed();
        ids = (point, other, poll);
        return b;
    }
}
