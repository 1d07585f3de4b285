using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Tests.Consultations;

public sealed class ConsultationGrainPresenceTests : StartedRoom
{
    [Fact]
    public async Task Activation_ParticipantConnectedInJournalButNotLive_IsDisconnected()
    {
        Host.Presence.Disconnect(Room.Id, Bob.Id);
        var published = Host.Notifier.Events.Count;

        await Host.RestartAsync();
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

        Assert.Equal(version, (await Room.ModeratorViewAsync()).Version);
        Assert.Equal(published, Host.Notifier.Events.Count);
    }

    [Fact]
    public async Task Activation_DisconnectedParticipantWithRaisedHand_KeepsItForTheGracePeriod()
    {
        await Room.ExecuteAsync(Bob, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        Host.Presence.Disconnect(Room.Id, Bob.Id);

        await Host.RestartAsync();
        await Room.ModeratorViewAsync();
        Host.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Single((await Room.ModeratorViewAsync()).Queue);
        Host.Time.Advance(TimeSpan.FromSeconds(1));

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

        Assert.Equal(state, await Room.StateJsonAsync());
    }

    [Fact]
    public async Task Activation_WhileJournalRefusesAppends_ServesCallsAndReconcilesOnceItRecovers()
    {
        Host.Presence.Disconnect(Room.Id, Bob.Id);
        await Host.RestartAsync();
        Host.Journal.FailAppends = true;

        var watched = await Room.WatchAsync(Room.ModeratorKey).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(watched.Code);
        Assert.True(watched.View!.Participants.Single(p => p.Id == Bob.Id).Connected);
        Assert.Equal(1, Host.Journal.SnapshotReads);
        Host.Journal.FailAppends = false;
        Host.Time.Advance(TimeSpan.FromSeconds(5));
        var view = await Room.ModeratorViewAsync();
        Assert.False(view.Participants.Single(p => p.Id == Bob.Id).Connected);
        Assert.True(view.Participants.Single(p => p.Id == Alice.Id).Connected);
        Assert.Equal(1, Host.Journal.SnapshotReads);
        Assert.Contains(Host.Notifier.Events, e => e.Event is ParticipantDisconnected d && d.ParticipantId == Bob.Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NewTabOpensAsOldOneCloses_NoticesInEitherOrder_ParticipantStaysConnected(bool connectArrivesFirst)
    {
        // The host's tracker saw the old connection close (the last one: a Disconnect notice) and a
        // new one open (the first again: a Connect notice); the participant is connected throughout.
        Host.Presence.Connect(Room.Id, Alice.Id);
        ConsultationCommand[] notices = connectArrivesFirst ? [new Connect(Alice.Id), new Disconnect(Alice.Id)] : [new Disconnect(Alice.Id), new Connect(Alice.Id)];
        var before = Host.Notifier.Events.Count;

        foreach (var notice in notices)
        {
            await Room.ExecuteAsync(Alice, notice).ShouldBeRefusedAsync("conflict");
        }

        Assert.True((await Room.ModeratorViewAsync()).Participants.Single(p => p.Id == Alice.Id).Connected);
        Assert.Equal(before, Host.Notifier.Events.Count);
    }

    [Fact]
    public async Task TabOpensAndClosesBeforeItsConnectNoticeIsHandled_ParticipantStaysDisconnected()
    {
        Host.Presence.Disconnect(Room.Id, Bob.Id);
        await Room.ExecuteAsync(Bob, new Disconnect(Bob.Id)).ShouldBeAcceptedAsync();

        // A tab opened and closed again; both notices are handled after the close.
        await Room.ExecuteAsync(Bob, new Connect(Bob.Id)).ShouldBeRefusedAsync("conflict");
        await Room.ExecuteAsync(Bob, new Disconnect(Bob.Id)).ShouldBeRefusedAsync("conflict");

        Assert.False((await Room.ModeratorViewAsync()).Participants.Single(p => p.Id == Bob.Id).Connected);
    }

    [Fact]
    public async Task ConnectNotice_FromSomeoneElse_IsForbiddenBeforeThePresenceCheck()
    {
        Host.Presence.Disconnect(Room.Id, Bob.Id);

        await Room.ExecuteAsync(Alice, new Disconnect(Bob.Id)).ShouldBeRefusedAsync("forbidden");
    }
}
