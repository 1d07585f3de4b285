using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Presence;

namespace ConsultHub.Grains.Tests.Consultations;

public sealed class ConsultationGrainPresenceTests : StartedRoom
{
    private static readonly TimeSpan Settle = new ConsultationGrainOptions().PresenceSettle;

    [Fact]
    public async Task Activation_ParticipantConnectedInJournalButNotReportedBySilos_IsDisconnectedAfterTheSettle()
    {
        // Bob's connection went with the old process: the silo's report after the restart lacks him.
        Host.Presence.Disconnect(Room.Id, Bob.Id);
        var published = Host.Notifier.Events.Count;

        await Host.RestartAsync();
        Assert.True((await Room.ModeratorViewAsync()).Participants.Single(p => p.Id == Bob.Id).Connected);
        await AdvanceAsync(Settle);
        var view = await Room.ModeratorViewAsync();

        Assert.True(view.Participants.Single(p => p.Id == Alice.Id).Connected);
        Assert.False(view.Participants.Single(p => p.Id == Bob.Id).Connected);
        var disconnected = Assert.Single(Host.Notifier.Events.Skip(published));
        Assert.Equal(new ParticipantDisconnected(Bob.Id, Host.Time.GetUtcNow()), disconnected.Event);
        var records = await Host.ReadJournalAsync(Room.Id);
        Assert.Equal(("participant-disconnected", view.Version), (records[^1].Type, records[^1].Version));
        Assert.Equal(1, view.Tallies.PresentByGroup.Values.Sum());
    }

    [Fact]
    public async Task Activation_EveryoneStillConnected_WritesNothing()
    {
        var version = (await Room.ModeratorViewAsync()).Version;
        var published = Host.Notifier.Events.Count;

        await Host.RestartAsync();
        await AdvanceAsync(Settle);

        Assert.Equal(version, (await Room.ModeratorViewAsync()).Version);
        Assert.Equal(published, Host.Notifier.Events.Count);
    }

    [Fact]
    public async Task Activation_NoSiloReportsInTime_DisconnectsEveryone_AndALateReportConnectsThemAgain()
    {
        await Host.RestartAsync(renew: false);
        await AdvanceAsync(Settle);
        Assert.DoesNotContain((await Room.ModeratorViewAsync()).Participants, p => p.Connected);

        await Host.RenewAsync();

        Assert.All((await Room.ModeratorViewAsync()).Participants, p => Assert.True(p.Connected));
    }

    [Fact]
    public async Task Activation_DisconnectedParticipantWithRaisedHand_KeepsItForTheGracePeriod()
    {
        await Room.ExecuteAsync(Bob, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        Host.Presence.Disconnect(Room.Id, Bob.Id);

        await Host.RestartAsync();
        await AdvanceAsync(Settle);
        await AdvanceAsync(TimeSpan.FromSeconds(59));
        Assert.Single((await Room.ModeratorViewAsync()).Queue);
        await AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Empty((await Room.ModeratorViewAsync()).Queue);
        Assert.Contains(Host.Notifier.Events, e => e.Event is HandLowered { Reason: HandLoweredReason.GraceExpired } l && l.ParticipantId == Bob.Id);
    }

    [Fact]
    public async Task Activation_ClosedConsultation_LeavesPresenceAsRecorded()
    {
        await Room.ModerateAsync(new CloseConsultation());
        var state = await Room.StateJsonAsync();
        Host.Presence.Disconnect(Room.Id, Alice.Id);
        Host.Presence.Disconnect(Room.Id, Bob.Id);

        await Host.RestartAsync();
        await AdvanceAsync(Settle);

        Assert.Equal(state, await Room.StateJsonAsync());
    }

    [Fact]
    public async Task Activation_WhileJournalRefusesAppends_ServesCallsAndReconcilesOnceItRecovers()
    {
        Host.Presence.Disconnect(Room.Id, Bob.Id);
        await Host.RestartAsync();
        Host.Journal.FailAppends = true;
        await AdvanceAsync(Settle);

        var watched = await Room.WatchAsync(Room.ModeratorKey).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(watched.Code);
        Assert.True(watched.View!.Participants.Single(p => p.Id == Bob.Id).Connected);
        Assert.Equal(1, Host.Journal.SnapshotReads);
        Host.Journal.FailAppends = false;
        await AdvanceAsync(TimeSpan.FromSeconds(5));
        var view = await Room.ModeratorViewAsync();
        Assert.False(view.Participants.Single(p => p.Id == Bob.Id).Connected);
        Assert.True(view.Participants.Single(p => p.Id == Alice.Id).Connected);
        Assert.Equal(1, Host.Journal.SnapshotReads);
        Assert.Contains(Host.Notifier.Events, e => e.Event is ParticipantDisconnected d && d.ParticipantId == Bob.Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NewTabOpensAsOldOneCloses_NoticesInEitherOrder_ParticipantEndsConnected(bool connectArrivesFirst)
    {
        // The silo saw the old connection close (the last one: a Disconnect notice) and a new one
        // open (the first again: a Connect notice); the participant is connected at the end.
        var closed = Host.Presence.Disconnect(Room.Id, Alice.Id);
        var opened = Host.Presence.Connect(Room.Id, Alice.Id);
        PresenceNotice[] notices = connectArrivesFirst ? [opened, closed] : [closed, opened];

        foreach (var notice in notices)
        {
            await Room.Grain.NoticePresenceAsync(Alice.Token, notice);
        }

        Assert.True((await Room.ModeratorViewAsync()).Participants.Single(p => p.Id == Alice.Id).Connected);
    }

    [Fact]
    public async Task NoticeOvertakenByALaterOne_IsRefusedAndChangesNothing()
    {
        var closed = Host.Presence.Disconnect(Room.Id, Alice.Id);
        var opened = Host.Presence.Connect(Room.Id, Alice.Id);
        await Room.Grain.NoticePresenceAsync(Alice.Token, opened).ShouldBeRefusedAsync("conflict");
        var before = Host.Notifier.Events.Count;

        await Room.Grain.NoticePresenceAsync(Alice.Token, closed).ShouldBeRefusedAsync("conflict");

        Assert.True((await Room.ModeratorViewAsync()).Participants.Single(p => p.Id == Alice.Id).Connected);
        Assert.Equal(before, Host.Notifier.Events.Count);
    }

    [Fact]
    public async Task DisconnectNotice_WhileAnotherSiloStillHoldsAConnection_IsRefused()
    {
        var other = new PresenceNotice("other-silo", 1, Bob.Id, true);
        await Room.Grain.NoticePresenceAsync(Bob.Token, other).ShouldBeRefusedAsync("conflict");

        await Host.NoticeAsync(Room.Id, Bob.Token, Bob.Id, connected: false).ShouldBeRefusedAsync("conflict");

        Assert.True((await Room.ModeratorViewAsync()).Participants.Single(p => p.Id == Bob.Id).Connected);
    }

    [Fact]
    public async Task ConnectNotice_FromSomeoneElse_IsForbiddenBeforeThePresenceCheck()
    {
        var notice = Host.Presence.Disconnect(Room.Id, Bob.Id);

        await Room.Grain.NoticePresenceAsync(Alice.Token, notice).ShouldBeRefusedAsync("forbidden");
        await Room.Grain.NoticePresenceAsync(Bob.Token, notice).ShouldBeAcceptedAsync();
    }

    [Fact]
    public async Task ConnectionCommands_SentAsOrdinaryCommands_AreRefused()
    {
        await Room.ExecuteAsync(Alice, new Disconnect(Alice.Id)).ShouldBeRefusedAsync("invalid");

        Assert.True((await Room.ModeratorViewAsync()).Participants.Single(p => p.Id == Alice.Id).Connected);
    }

    /// <summary>Moves the clock; the timer ticks it fires are queued turns, so a call made afterwards runs after them.</summary>
    private async Task AdvanceAsync(TimeSpan by)
    {
        // Activate first: an activation arms its settle from the time it starts.
        await Room.WatchAsync(Room.ModeratorKey);
        Host.Time.Advance(by);
        await Room.WatchAsync(Room.ModeratorKey);
    }
}
