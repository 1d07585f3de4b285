using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class ParticipantRulesPresenceTests
{
    [Fact]
    public void Connect_MakesTheParticipantPresent_ByGroupAndCountry()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", StakeholderGroup.Academia, "KE", connected: false).Joined("p-2", StakeholderGroup.Academia, connected: false);

        b.Connected("p-1").Connected("p-2");

        Assert.Equal(2, b.State.Tallies.PresentByGroup["academia"]);
        Assert.Equal(1, b.State.Tallies.PresentByCountry["KE"]);
        Assert.Equal(1, b.State.Tallies.PresentByCountry["unspecified"]);
    }

    [Fact]
    public void Connect_WhenAlreadyConnected_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new Connect("p-1")), RejectionCode.Conflict);
    }

    [Fact]
    public void Connect_ForSomeoneElse_IsForbidden_ButTheHubItselfMay()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2", connected: false);

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new Connect("p-2")), RejectionCode.Forbidden);
        DecisionAssert.Single<ParticipantConnected>(b.Decide(b.System, new Connect("p-2")));
    }

    [Fact]
    public void Connect_ForAnUnknownParticipant_IsNotFound()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.System, new Connect("ghost")), RejectionCode.NotFound);
    }

    [Fact]
    public void Disconnect_KeepsTheHandInItsPlace_AndRecordsWhen()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2").Advanced(3);

        b.Disconnected("p-1");

        Assert.Equal(["p-1", "p-2"], b.State.Queue.Select(h => h.ParticipantId));
        Assert.Equal(b.Now, b.State.Participants["p-1"].DisconnectedAt);
        Assert.False(b.State.Participants["p-1"].Present);
        Assert.Equal(1, b.State.Tallies.PresentByGroup["civil-society"]);
    }

    [Fact]
    public void Disconnect_WhenNotConnected_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", connected: false);

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new Disconnect("p-1")), RejectionCode.Conflict);
    }

    [Fact]
    public void Leave_LowersTheHandAndDisconnects()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1").Advanced(7);

        var events = b.Execute(b.Participant("p-1"), new Leave());

        Assert.Equal([new HandLowered("p-1", HandLoweredReason.Left, b.Now), new ParticipantDisconnected("p-1", b.Now)], events);
        Assert.Empty(b.State.Queue);
        Assert.Equal(7_000, b.State.Participants["p-1"].WaitedMs);
    }

    [Fact]
    public void Leave_ByTheSpeaker_EndsTheTurn()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").FloorGiven("p-1").Advanced(30);

        var events = b.Execute(b.Participant("p-1"), new Leave());

        Assert.IsType<TurnEnded>(events[0]);
        Assert.Null(b.State.Floor);
        Assert.Equal(30_000, b.State.Participants["p-1"].SpokenMs);
    }

    [Fact]
    public void Leave_WithNothingToLeave_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", connected: false);

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new Leave()), RejectionCode.Conflict);
    }

    [Fact]
    public void ExpireGrace_Within60Seconds_IsRejected_AndTheHandStays()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1").Disconnected("p-1").Advanced(59.999);

        DecisionAssert.Rejected(b.Decide(b.System, new ExpireGrace("p-1")), RejectionCode.Conflict);
        Assert.Single(b.State.Queue);
    }

    [Fact]
    public void ExpireGrace_After60SecondsStillDisconnected_LowersTheHand()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1").Disconnected("p-1").Advanced(60);

        var lowered = DecisionAssert.Single<HandLowered>(b.Decide(b.System, new ExpireGrace("p-1")));

        Assert.Equal(HandLoweredReason.GraceExpired, lowered.Reason);
    }

    [Fact]
    public void ExpireGrace_AfterTheParticipantCameBack_IsRejected()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1").Disconnected("p-1").Advanced(30).Connected("p-1").Advanced(90);

        DecisionAssert.Rejected(b.Decide(b.System, new ExpireGrace("p-1")), RejectionCode.Conflict);
    }

    [Fact]
    public void ExpireGrace_RunsFromTheLatestDisconnection()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1").Disconnected("p-1").Advanced(50)
            .Connected("p-1").Disconnected("p-1").Advanced(50);

        DecisionAssert.Rejected(b.Decide(b.System, new ExpireGrace("p-1")), RejectionCode.Conflict);
        b.Advanced(10);
        DecisionAssert.Single<HandLowered>(b.Decide(b.System, new ExpireGrace("p-1")));
    }

    [Fact]
    public void ExpireGrace_WithoutARaisedHand_IsRejected()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Disconnected("p-1").Advanced(120);

        DecisionAssert.Rejected(b.Decide(b.System, new ExpireGrace("p-1")), RejectionCode.Conflict);
    }

    [Theory]
    [InlineData(Role.Moderator)]
    [InlineData(Role.Participant)]
    [InlineData(Role.Organizer)]
    public void ExpireGrace_ByAnyoneButTheHubsTimer_IsForbidden(Role role)
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1").Disconnected("p-1").Advanced(120);

        DecisionAssert.Rejected(b.Decide(new Caller(role, "p-1"), new ExpireGrace("p-1")), RejectionCode.Forbidden);
    }
}
