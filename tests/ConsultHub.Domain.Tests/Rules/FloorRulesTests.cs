using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class FloorRulesTests
{
    [Fact]
    public void GiveFloor_WithoutAName_GivesItToTheHead_WhoLeavesTheQueue()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2").Advanced(25);

        var given = DecisionAssert.Single<FloorGiven>(b.Decide(b.Moderator, new GiveFloor()));
        b.Execute(b.Moderator, new GiveFloor());

        Assert.Equal(new FloorGiven("T1", "p-1", HandIntent.Speak, b.Now, 180), given);
        Assert.Equal("p-1", b.State.Floor!.ParticipantId);
        Assert.Equal(["p-2"], b.State.Queue.Select(h => h.ParticipantId));
    }

    [Fact]
    public void GiveFloor_RecordsHowLongTheHandWaited()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", StakeholderGroup.MemberState, "MX").HandRaised("p-1").Advanced(42.5).FloorGiven();

        Assert.Equal(42_500, b.State.Floor!.WaitedMs);
        Assert.Equal(42_500, b.State.Participants["p-1"].WaitedMs);
        Assert.Equal(42_500, b.State.Tallies.WaitingMsByGroup["member-state"]);
        Assert.Equal(42_500, b.State.Tallies.WaitingMsByCountry["MX"]);
    }

    [Fact]
    public void GiveFloor_ToANamedQueuedParticipant_TakesTheirHandWithItsIntent()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2", HandIntent.Reply);

        b.FloorGiven("p-1");

        Assert.Equal(HandIntent.Speak, b.State.Floor!.Intent);
        Assert.Equal(["p-2"], b.State.Queue.Select(h => h.ParticipantId));
    }

    [Fact]
    public void GiveFloor_ToANamedParticipantWithoutAHand_LeavesTheQueueAlone()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1");

        b.FloorGiven("p-2");

        Assert.Null(b.State.Floor!.Intent);
        Assert.Equal(0, b.State.Floor.WaitedMs);
        Assert.Equal(["p-1"], b.State.Queue.Select(h => h.ParticipantId));
    }

    [Fact]
    public void GiveFloor_WhileScheduled_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Created().Joined("p-1").HandRaised("p-1");

        DecisionAssert.Rejected(b.Decide(b.Moderator, new GiveFloor()), RejectionCode.Conflict);
    }

    [Fact]
    public void GiveFloor_WhileSomeoneSpeaks_IsRejected_OneTurnAtATime()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-2").FloorGiven("p-1");

        DecisionAssert.Rejected(b.Decide(b.Moderator, new GiveFloor()), RejectionCode.Conflict);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new GiveFloor("p-2")), RejectionCode.Conflict);
    }

    [Fact]
    public void GiveFloor_ToTheHeadOfAnEmptyQueue_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new GiveFloor()), RejectionCode.Conflict);
    }

    [Fact]
    public void GiveFloor_ToAnUnknownParticipant_IsNotFound()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new GiveFloor("ghost")), RejectionCode.NotFound);
    }

    [Fact]
    public void GiveFloor_ByAParticipant_IsForbidden()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new GiveFloor()), RejectionCode.Forbidden);
    }

    [Fact]
    public void GiveFloor_UsesTheConsultationsSpeakingLimit()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 90 }).Joined("p-1").FloorGiven("p-1");

        Assert.Equal(90, b.State.Floor!.LimitSeconds);
        Assert.Equal(b.Now.AddSeconds(90), b.State.Floor.EndsAt);
    }

    [Fact]
    public void EndTurn_ByTheModerator_RecordsTheDurationByParticipantGroupAndCountry()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", StakeholderGroup.InternationalOrganization, "CH").FloorGiven("p-1").Advanced(75.25);

        var ended = DecisionAssert.Single<TurnEnded>(b.Decide(b.Moderator, new EndTurn()));
        b.TurnEnded();

        Assert.Equal(new TurnEnded("T1", b.Now), ended);
        Assert.Null(b.State.Floor);
        Assert.Equal(75_250, b.State.Turns[0].DurationMs);
        Assert.Equal(75_250, b.State.Participants["p-1"].SpokenMs);
        Assert.Equal(75_250, b.State.Tallies.SpeakingMsByGroup["international-organization"]);
        Assert.Equal(75_250, b.State.Tallies.SpeakingMsByCountry["CH"]);
    }

    [Fact]
    public void EndTurn_PastTheLimitBeforeTheTimerMarkedIt_RecordsOvertime()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 35 }).Joined("p-1").FloorGiven("p-1").Advanced(35);
        Assert.False(b.State.Floor!.Overtime);

        b.TurnEnded();

        Assert.True(b.State.Turns[0].Overtime);
        Assert.Equal(35_000, b.State.Turns[0].DurationMs);
    }

    [Fact]
    public void EndTurn_JustBeforeTheLimit_IsNotOvertime()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 35 }).Joined("p-1").FloorGiven("p-1").Advanced(34.999);

        b.TurnEnded();

        Assert.False(b.State.Turns[0].Overtime);
    }

    [Fact]
    public void EndTurn_BySpeaker_IsAllowed()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").FloorGiven("p-1");

        DecisionAssert.Single<TurnEnded>(b.Decide(b.Participant("p-1"), new EndTurn()));
    }

    [Theory]
    [InlineData(Role.Participant)]
    [InlineData(Role.Observer)]
    [InlineData(Role.System)]
    [InlineData(Role.Organizer)]
    public void EndTurn_ByAnyoneElse_IsForbidden(Role role)
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").FloorGiven("p-1");

        DecisionAssert.Rejected(b.Decide(new Caller(role, "p-2"), new EndTurn()), RejectionCode.Forbidden);
    }

    [Fact]
    public void EndTurn_WhenNobodyHasTheFloor_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new EndTurn()), RejectionCode.Conflict);
    }

    [Fact]
    public void SpeakingTime_AddsUpAcrossTurns_AndSpeakersCountsPeopleNotTurns()
    {
        var b = ConsultationBuilder.Live()
            .Joined("ke-1", StakeholderGroup.Academia, "KE").Joined("ke-2", StakeholderGroup.CivilSociety, "KE").Joined("za-1", StakeholderGroup.Academia, "ZA")
            .Spoke("ke-1", 60).Spoke("ke-2", 30).Spoke("za-1", 45).Spoke("ke-1", 15);

        var t = b.State.Tallies;
        Assert.Equal(120_000, t.SpeakingMsByGroup["academia"]);
        Assert.Equal(30_000, t.SpeakingMsByGroup["civil-society"]);
        Assert.Equal(105_000, t.SpeakingMsByCountry["KE"]);
        Assert.Equal(45_000, t.SpeakingMsByCountry["ZA"]);
        Assert.Equal(3, t.Speakers);
        Assert.Equal(4, t.Turns);
        Assert.Equal(2, b.State.Participants["ke-1"].Turns);
    }

    [Fact]
    public void WarnTurn_At30SecondsLeft_ByTheTimer_MarksTheTurn()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").FloorGiven("p-1").Advanced(150);

        b.Execute(b.System, new WarnTurn("T1"));

        Assert.True(b.State.Floor!.Warned);
    }

    [Fact]
    public void WarnTurn_BeforeItIsDue_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").FloorGiven("p-1").Advanced(149.9);

        DecisionAssert.Rejected(b.Decide(b.System, new WarnTurn("T1")), RejectionCode.Conflict);
    }

    [Fact]
    public void WarnTurn_ForATurnShorterThanTheWarning_IsDueAtOnce()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 20 }).Joined("p-1").FloorGiven("p-1");

        DecisionAssert.Single<TurnWarned>(b.Decide(b.System, new WarnTurn("T1")));
    }

    [Fact]
    public void WarnTurn_Twice_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").FloorGiven("p-1").Advanced(160).Step(Caller.System, new WarnTurn("T1"));

        DecisionAssert.Rejected(b.Decide(b.System, new WarnTurn("T1")), RejectionCode.Conflict);
    }

    [Theory]
    [InlineData(Role.Moderator)]
    [InlineData(Role.Participant)]
    [InlineData(Role.Organizer)]
    public void TimerMarks_ByAnyoneButTheTimer_AreForbidden(Role role)
    {
        var b = ConsultationBuilder.Live().Joined("p-1").FloorGiven("p-1").Advanced(400);

        DecisionAssert.Rejected(b.Decide(new Caller(role, "p-1"), new WarnTurn("T1")), RejectionCode.Forbidden);
        DecisionAssert.Rejected(b.Decide(new Caller(role, "p-1"), new MarkOvertime("T1")), RejectionCode.Forbidden);
    }

    [Fact]
    public void TimerMarks_ForATurnThatIsNotRunning_AreRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Spoke("p-1", 200).FloorGiven("p-1").Advanced(400);

        DecisionAssert.Rejected(b.Decide(b.System, new WarnTurn("T1")), RejectionCode.Conflict);
        DecisionAssert.Rejected(b.Decide(b.System, new MarkOvertime("T1")), RejectionCode.Conflict);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("T9")]
    public void TimerMarks_WhenNobodyHasTheFloor_AreRejectedAsConflict(string? turnId)
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.System, new WarnTurn(turnId!)), RejectionCode.Conflict);
        DecisionAssert.Rejected(b.Decide(b.System, new MarkOvertime(turnId!)), RejectionCode.Conflict);
    }

    [Fact]
    public void MarkOvertime_AtTheLimit_MarksTheTurn_WhichRunsOnUntilEnded()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").FloorGiven("p-1").Advanced(180);

        b.Execute(b.System, new MarkOvertime("T1"));

        Assert.True(b.State.Floor!.Overtime);
        Assert.Equal("p-1", b.State.Floor.ParticipantId);
    }

    [Fact]
    public void MarkOvertime_BeforeTheLimit_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").FloorGiven("p-1").Advanced(179.999);

        DecisionAssert.Rejected(b.Decide(b.System, new MarkOvertime("T1")), RejectionCode.Conflict);
    }

    [Fact]
    public void MarkOvertime_Twice_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").FloorGiven("p-1").Advanced(200).Step(Caller.System, new MarkOvertime("T1"));

        DecisionAssert.Rejected(b.Decide(b.System, new MarkOvertime("T1")), RejectionCode.Conflict);
    }
}
