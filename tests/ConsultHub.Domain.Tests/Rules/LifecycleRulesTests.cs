using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class LifecycleRulesTests
{
    private static CreateConsultation Create(ConsultationSettings? settings = null) =>
        new(settings ?? ConsultationBuilder.DefaultSettings, ConsultationBuilder.JoinCode, "hash-m", "hash-o");

    [Fact]
    public void Create_ByTheOrganizer_SchedulesTheConsultationWithNormalizedSettings()
    {
        var b = ConsultationBuilder.Uncreated();

        var created = DecisionAssert.Single<ConsultationCreated>(b.Decide(b.Organizer, Create(ConsultationBuilder.DefaultSettings with { Title = "  Asia consultation  " })));
        var state = Consultation.Apply(b.State, created);

        Assert.Equal("Asia consultation", created.Settings.Title);
        Assert.Equal(ConsultationStatus.Scheduled, state.Status);
        Assert.Equal(b.Now, state.CreatedAt);
        Assert.Equal("hash-m", state.ModeratorKeyHash);
    }

    [Theory]
    [InlineData(Role.Moderator)]
    [InlineData(Role.Participant)]
    [InlineData(Role.Observer)]
    [InlineData(Role.Anonymous)]
    [InlineData(Role.System)]
    public void Create_ByAnyoneButTheOrganizer_IsForbidden(Role role)
    {
        var b = ConsultationBuilder.Uncreated();

        DecisionAssert.Rejected(b.Decide(new Caller(role, "p-1"), Create()), RejectionCode.Forbidden);
    }

    [Fact]
    public void Create_Twice_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Created();

        DecisionAssert.Rejected(b.Decide(b.Organizer, Create()), RejectionCode.Conflict);
    }

    [Theory]
    [InlineData("", "hash-m", "hash-o")]
    [InlineData("CODE", " ", "hash-o")]
    [InlineData("CODE", "hash-m", "")]
    public void Create_WithoutJoinCodeOrKeyHashes_IsInvalid(string code, string moderatorHash, string observerHash)
    {
        var b = ConsultationBuilder.Uncreated();

        DecisionAssert.Rejected(b.Decide(b.Organizer, new CreateConsultation(ConsultationBuilder.DefaultSettings, code, moderatorHash, observerHash)), RejectionCode.Invalid);
    }

    [Fact]
    public void Start_ByTheModerator_MakesTheConsultationLive()
    {
        var b = ConsultationBuilder.Created().Advanced(600);

        b.Execute(b.Moderator, new StartConsultation());

        Assert.Equal(ConsultationStatus.Live, b.State.Status);
        Assert.Equal(b.Now, b.State.StartedAt);
    }

    [Theory]
    [InlineData(Role.Participant)]
    [InlineData(Role.Observer)]
    [InlineData(Role.Organizer)]
    [InlineData(Role.System)]
    public void Start_ByANonModerator_IsForbidden(Role role)
    {
        var b = ConsultationBuilder.Created().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(new Caller(role, "p-1"), new StartConsultation()), RejectionCode.Forbidden);
    }

    [Fact]
    public void Start_WhenLive_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new StartConsultation()), RejectionCode.Conflict);
    }

    [Fact]
    public void Start_WhenClosed_IsRejected_BecauseAClosedConsultationNeverReopens()
    {
        var b = ConsultationBuilder.Live().Closed();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new StartConsultation()), RejectionCode.Conflict);
        Assert.Equal(ConsultationStatus.Closed, b.State.Status);
    }

    [Fact]
    public void Close_FromScheduled_ClosesDirectly()
    {
        var b = ConsultationBuilder.Created();

        DecisionAssert.Single<ConsultationClosed>(b.Decide(b.Moderator, new CloseConsultation()));
    }

    [Fact]
    public void Close_EndsTheTurn_LowersEveryHand_AndClosesOpenPolls_BeforeClosing()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").Joined("p-3")
            .HandRaised("p-1").HandRaised("p-2").HandRaised("p-3").FloorGiven()
            .PollOpened("Priority?", ["Data", "Capacity"], out var open)
            .PollOpened("Venue?", ["Online", "Hybrid"], out var closed).PollClosed("Q2")
            .Advanced(40);

        var events = b.Execute(b.Moderator, new CloseConsultation());

        Assert.Collection(events,
            e => Assert.IsType<TurnEnded>(e),
            e => Assert.Equal(new HandLowered("p-2", HandLoweredReason.Closed, b.Now), e),
            e => Assert.Equal(new HandLowered("p-3", HandLoweredReason.Closed, b.Now), e),
            e => Assert.Equal(new PollClosed(open), e),
            e => Assert.Equal(new ParticipantDisconnected("p-1", b.Now), e),
            e => Assert.Equal(new ParticipantDisconnected("p-2", b.Now), e),
            e => Assert.Equal(new ParticipantDisconnected("p-3", b.Now), e),
            e => Assert.IsType<ConsultationClosed>(e));
        Assert.Equal("Q2", closed);
        Assert.Null(b.State.Floor);
        Assert.Empty(b.State.Queue);
        Assert.All(b.State.Polls.Values, p => Assert.True(p.Closed));
        Assert.Equal(40_000, b.State.Turns[0].DurationMs);
        Assert.Equal(ConsultationStatus.Closed, b.State.Status);
        Assert.Equal(b.Now, b.State.ClosedAt);
    }

    [Fact]
    public void Close_EndsEveryonesPresence_SoCountsReadZero()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", StakeholderGroup.Academia, "KE").Joined("p-2").Joined("p-3", connected: false);
        Assert.Equal(2, b.State.Tallies.PresentByGroup.Values.Sum());

        b.Step(b.Moderator, new CloseConsultation());

        Assert.All(b.State.Participants.Values, p => Assert.False(p.Connected));
        Assert.Equal(0, b.State.Tallies.PresentByGroup.Values.Sum());
        Assert.Equal(0, b.State.Tallies.PresentByCountry.Values.Sum());
    }

    [Fact]
    public void Close_DuringATurnPastItsLimit_EndsItWithItsRealDurationAsOvertime()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 35 }).Joined("p-1").HandRaised("p-1").FloorGiven().Advanced(75);
        Assert.False(b.State.Floor!.Overtime);

        b.Step(b.Moderator, new CloseConsultation());

        Assert.Equal(75_000, b.State.Turns[0].DurationMs);
        Assert.True(b.State.Turns[0].Overtime);
    }

    [Fact]
    public void Close_DuringATurnWithinItsLimit_EndsItWithoutOvertime()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 35 }).Joined("p-1").HandRaised("p-1").FloorGiven().Advanced(34);

        b.Step(b.Moderator, new CloseConsultation());

        Assert.Equal(34_000, b.State.Turns[0].DurationMs);
        Assert.False(b.State.Turns[0].Overtime);
    }

    [Fact]
    public void Close_ByAParticipant_IsForbidden()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new CloseConsultation()), RejectionCode.Forbidden);
    }

    [Fact]
    public void Close_Twice_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Closed();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new CloseConsultation()), RejectionCode.Conflict);
    }

    public static TheoryData<string, ConsultationCommand> ChangesAfterClose => new()
    {
        { "participant", new RaiseHand(HandIntent.Speak) },
        { "participant", new LowerHand() },
        { "participant", new Connect("p-2") },
        { "participant", new Disconnect("p-1") },
        { "participant", new Leave() },
        { "participant", new PostPoint(PointKind.Observation, "Late point") },
        { "participant", new Upvote("P1") },
        { "participant", new Vote("Q1", 1) },
        { "anonymous", new Join("p-9", ConsultationBuilder.JoinCode, "Late joiner", null, StakeholderGroup.Academia, null, "hash-t") },
        { "moderator", new GiveFloor("p-1") },
        { "moderator", new EndTurn() },
        { "moderator", new CapturePoint(PointKind.Recommendation, "Late capture") },
        { "moderator", new HidePoint("P1") },
        { "moderator", new PinPoint("P1") },
        { "moderator", new ApprovePoint("P1") },
        { "moderator", new SetPointTheme("P1", ConsultationBuilder.DataSharing) },
        { "moderator", new MergePoints("P1", "P2") },
        { "moderator", new OpenPoll("Again?", ["Yes", "No"]) },
        { "moderator", new ClosePoll("Q1") },
        { "moderator", new LowerAllHands() },
        { "moderator", new RemoveHand("p-1") },
        { "moderator", new MoveHand("p-1", 1) },
        { "moderator", new RemoveParticipant("p-1") },
        { "moderator", new StartConsultation() },
    };

    [Theory]
    [MemberData(nameof(ChangesAfterClose))]
    public void ClosedConsultation_IsReadOnly(string who, ConsultationCommand command)
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2", connected: false)
            .PointPosted("p-1", "First", out _).PointPosted("p-1", "Second", out _)
            .PollOpened("Priority?", ["Data", "Capacity"], out _).Closed();
        var caller = who switch
        {
            "participant" => b.Participant(command is Connect ? "p-2" : "p-1"),
            "moderator" => b.Moderator,
            _ => Caller.Anonymous,
        };

        DecisionAssert.Rejected(b.Decide(caller, command), RejectionCode.Conflict);
    }
}
