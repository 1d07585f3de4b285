using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations;

public sealed class ConsultationGrainJournalFailureTests : IAsyncLifetime
{
    private ConsultationHost _host = null!;
    private TestConsultation _consultation = null!;
    private TestParticipant _alice = null!;

    public async Task InitializeAsync()
    {
        _host = await ConsultationHost.StartAsync();
        _consultation = await _host.CreateAsync();
        _alice = await _consultation.JoinConnectedAsync("Alice");
        await _consultation.ModerateAsync(new StartConsultation());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Append_WhenJournalUnavailable_IsRefusedAndChangesNothing()
    {
        var view = await _consultation.ModeratorViewAsync();
        var published = _host.Notifier.Events.Count;
        _host.Journal.FailAppends = true;

        var outcome = await _consultation.ExecuteAsync(_alice, new RaiseHand(HandIntent.Speak)).ShouldBeRefusedAsync(CommandOutcome.Unavailable);

        Assert.Equal(view.Version, outcome.Version);
        Assert.Equal(TestConsultation.Json(view), TestConsultation.Json(await _consultation.ModeratorViewAsync()));
        Assert.Equal(published, _host.Notifier.Events.Count);
        Assert.Equal(view.Version, (await _host.ReadJournalAsync(_consultation.Id)).Count);
    }

    [Fact]
    public async Task Append_AfterJournalRecovers_SucceedsOnTheDurableState()
    {
        var version = (await _consultation.ModeratorViewAsync()).Version;
        _host.Journal.FailAppends = true;
        await _consultation.ExecuteAsync(_alice, new RaiseHand(HandIntent.Speak)).ShouldBeRefusedAsync(CommandOutcome.Unavailable);
        await _consultation.ExecuteAsync(_alice, new PostPoint(PointKind.Question, "Lost?")).ShouldBeRefusedAsync(CommandOutcome.Unavailable);

        _host.Journal.FailAppends = false;
        var outcome = await _consultation.ExecuteAsync(_alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();

        Assert.Equal(version + 1, outcome.Version);
        Assert.Equal(TestConsultation.Json(await _host.LoadFromJournalAsync(_consultation.Id)), await _consultation.StateJsonAsync());
        Assert.Equal([_alice.Id], (await _consultation.ModeratorViewAsync()).Queue.Select(h => h.ParticipantId));
        // The failure deactivated the grain and its subscriptions with it; the silo's next renewal
        // brings the events it missed meanwhile.
        await _host.RenewAsync();
        Assert.Equal(outcome.Version, _host.Notifier.Events[^1].Version);
        Assert.Empty((await _consultation.ModeratorViewAsync()).Points);
    }

    [Fact]
    public async Task Append_WhoseAcknowledgementIsLost_IsReloadedFromTheJournalBeforeTheNextCommand()
    {
        var version = (await _consultation.ModeratorViewAsync()).Version;
        _host.Journal.LoseAcknowledgements = true;
        await _consultation.ExecuteAsync(_alice, new RaiseHand(HandIntent.Speak)).ShouldBeRefusedAsync(CommandOutcome.Unavailable);

        _host.Journal.LoseAcknowledgements = false;
        var outcome = await _consultation.ExecuteAsync(_alice, new PostPoint(PointKind.Question, "Is my hand up?")).ShouldBeAcceptedAsync();

        // The raise was durable after all: a grain that kept its in-memory state would now either
        // fail on the stale expected version or overwrite history.
        Assert.Equal(version + 2, outcome.Version);
        Assert.Equal(TestConsultation.Json(await _host.LoadFromJournalAsync(_consultation.Id)), await _consultation.StateJsonAsync());
        Assert.Equal([_alice.Id], (await _consultation.ModeratorViewAsync()).Queue.Select(h => h.ParticipantId));
        await _consultation.ExecuteAsync(_alice, new RaiseHand(HandIntent.Speak)).ShouldBeRefusedAsync("conflict");
    }

    [Fact]
    public async Task Append_WhenJournalUnavailable_TimerCommandIsRetriedShortly()
    {
        var bob = await _consultation.JoinConnectedAsync("Bob");
        await _consultation.ModerateAsync(new GiveFloor(bob.Id));
        _host.Journal.FailAppends = true;

        _host.Time.Advance(TimeSpan.FromSeconds(150));
        await _consultation.WatchAsync(_consultation.ModeratorKey);
        _host.Journal.FailAppends = false;
        var view = await _consultation.ModeratorViewAsync();
        _host.Time.Advance(DeadlineTimer.RetryAfterUnavailable - TimeSpan.FromMilliseconds(1));
        var beforeTheRetry = await _consultation.ModeratorViewAsync();
        _host.Time.Advance(TimeSpan.FromMilliseconds(1));
        await _consultation.WatchAsync(_consultation.ModeratorKey);

        Assert.False(view.Floor!.Warned);
        Assert.False(beforeTheRetry.Floor!.Warned);
        Assert.Contains("turn-warned", _host.Notifier.TypesOf(_consultation.Id));
        Assert.True((await _consultation.ModeratorViewAsync()).Floor!.Warned);
    }

    [Fact]
    public async Task Notifier_Failing_StillAcknowledgesTheDurableCommand()
    {
        _host.Notifier.Failing = true;

        var outcome = await _consultation.ExecuteAsync(_alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        _host.Notifier.Failing = false;
        var resumed = await _consultation.WatchAsync(_alice.Token, outcome.Version - 1);

        Assert.Equal(outcome.Version, (await _host.ReadJournalAsync(_consultation.Id))[^1].Version);
        Assert.Equal("hand-raised", Assert.Single(resumed.Events!).Type);
    }
}
