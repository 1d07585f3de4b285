using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Tests.Consultations;

public sealed class ConsultationGrainPresenceTests : IAsyncLifetime
{
    private readonly ConsultationHost _host = new();
    private TestConsultation _consultation = null!;
    private TestParticipant _alice = null!;
    private TestParticipant _bob = null!;

    public async Task InitializeAsync()
    {
        _consultation = await _host.CreateAsync();
        _alice = await _consultation.JoinConnectedAsync("Alice");
        _bob = await _consultation.JoinConnectedAsync("Bob", StakeholderGroup.Academia);
        await _consultation.ModerateAsync(new StartConsultation());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Activation_ParticipantConnectedInJournalButNotLive_IsDisconnected()
    {
        _host.Presence.Disconnect(_consultation.Id, _bob.Id);
        var published = _host.Notifier.Events.Count;

        await _host.RestartAsync();
        var view = await _consultation.ModeratorViewAsync();

        Assert.True(view.Participants.Single(p => p.Id == _alice.Id).Connected);
        Assert.False(view.Participants.Single(p => p.Id == _bob.Id).Connected);
        var disconnected = Assert.Single(_host.Notifier.Events.Skip(published));
        Assert.Equal(new ParticipantDisconnected(_bob.Id, _host.Time.GetUtcNow()), disconnected.Event);
        var records = await _host.ReadJournalAsync(_consultation.Id);
        Assert.Equal(("participant-disconnected", view.Version), (records[^1].Type, records[^1].Version));
        Assert.Equal(1, view.Tallies.PresentByGroup.Values.Sum());
    }

    [Fact]
    public async Task Activation_EveryoneStillConnected_WritesNothing()
    {
        var version = (await _consultation.ModeratorViewAsync()).Version;
        var published = _host.Notifier.Events.Count;

        await _host.RestartAsync();

        Assert.Equal(version, (await _consultation.ModeratorViewAsync()).Version);
        Assert.Equal(published, _host.Notifier.Events.Count);
    }

    [Fact]
    public async Task Activation_DisconnectedParticipantWithRaisedHand_KeepsItForTheGracePeriod()
    {
        await _consultation.ExecuteAsync(_bob, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        _host.Presence.Disconnect(_consultation.Id, _bob.Id);

        await _host.RestartAsync();
        await _consultation.ModeratorViewAsync();
        _host.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Single((await _consultation.ModeratorViewAsync()).Queue);
        _host.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Empty((await _consultation.ModeratorViewAsync()).Queue);
        Assert.Contains(_host.Notifier.Events, e => e.Event is HandLowered { Reason: HandLoweredReason.GraceExpired } l && l.ParticipantId == _bob.Id);
    }

    [Fact]
    public async Task Activation_ClosedConsultation_LeavesPresenceAsRecorded()
    {
        await _consultation.ModerateAsync(new CloseConsultation());
        var state = await _consultation.StateJsonAsync();
        _host.Presence.Disconnect(_consultation.Id, _alice.Id);
        _host.Presence.Disconnect(_consultation.Id, _bob.Id);

        await _host.RestartAsync();

        Assert.Equal(state, await _consultation.StateJsonAsync());
    }

    [Fact]
    public async Task Activation_WhileJournalRefusesAppends_ServesCallsAndReconcilesOnceItRecovers()
    {
        _host.Presence.Disconnect(_consultation.Id, _bob.Id);
        await _host.RestartAsync();
        _host.Journal.FailAppends = true;

        var watched = await _consultation.WatchAsync(_consultation.ModeratorKey).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(watched.Code);
        Assert.True(watched.View!.Participants.Single(p => p.Id == _bob.Id).Connected);
        Assert.Equal(1, _host.Journal.SnapshotReads);
        _host.Journal.FailAppends = false;
        _host.Time.Advance(TimeSpan.FromSeconds(5));
        var view = await _consultation.ModeratorViewAsync();
        Assert.False(view.Participants.Single(p => p.Id == _bob.Id).Connected);
        Assert.True(view.Participants.Single(p => p.Id == _alice.Id).Connected);
        Assert.Equal(1, _host.Journal.SnapshotReads);
        Assert.Contains(_host.Notifier.Events, e => e.Event is ParticipantDisconnected d && d.ParticipantId == _bob.Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NewTabOpensAsOldOneCloses_NoticesInEitherOrder_ParticipantStaysConnected(bool connectArrivesFirst)
    {
        // The host's tracker saw the old connection close (the last one: a Disconnect notice) and a
        // new one open (the first again: a Connect notice); the participant is connected throughout.
        _host.Presence.Connect(_consultation.Id, _alice.Id);
        ConsultationCommand[] notices = connectArrivesFirst ? [new Connect(_alice.Id), new Disconnect(_alice.Id)] : [new Disconnect(_alice.Id), new Connect(_alice.Id)];
        var before = _host.Notifier.Events.Count;

        foreach (var notice in notices)
        {
            await _consultation.ExecuteAsync(_alice, notice).ShouldBeRefusedAsync("conflict");
        }

        Assert.True((await _consultation.ModeratorViewAsync()).Participants.Single(p => p.Id == _alice.Id).Connected);
        Assert.Equal(before, _host.Notifier.Events.Count);
    }

    [Fact]
    public async Task TabOpensAndClosesBeforeItsConnectNoticeIsHandled_ParticipantStaysDisconnected()
    {
        _host.Presence.Disconnect(_consultation.Id, _bob.Id);
        await _consultation.ExecuteAsync(_bob, new Disconnect(_bob.Id)).ShouldBeAcceptedAsync();

        // A tab opened and closed again; both notices are handled after the close.
        await _consultation.ExecuteAsync(_bob, new Connect(_bob.Id)).ShouldBeRefusedAsync("conflict");
        await _consultation.ExecuteAsync(_bob, new Disconnect(_bob.Id)).ShouldBeRefusedAsync("conflict");

        Assert.False((await _consultation.ModeratorViewAsync()).Participants.Single(p => p.Id == _bob.Id).Connected);
    }

    [Fact]
    public async Task ConnectNotice_FromSomeoneElse_IsForbiddenBeforeThePresenceCheck()
    {
        _host.Presence.Disconnect(_consultation.Id, _bob.Id);

        await _consultation.ExecuteAsync(_alice, new Disconnect(_bob.Id)).ShouldBeRefusedAsync("forbidden");
    }
}
