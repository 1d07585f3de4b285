using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;

namespace ConsultHub.Grains.Tests.Consultations;

public sealed class ConsultationGrainTimerTests : IAsyncLifetime
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
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
    public async Task Turn_At30SecondsLeft_IsWarned()
    {
        await _consultation.ModerateAsync(new GiveFloor(_alice.Id));

        await AdvanceAsync(Second * 149);
        Assert.DoesNotContain("turn-warned", Types());

        await AdvanceAsync(Second);
        Assert.Equal(1, Types().Count(t => t == "turn-warned"));
        var floor = (await _consultation.ModeratorViewAsync()).Floor!;
        Assert.True(floor.Warned);
        Assert.False(floor.Overtime);
        Assert.DoesNotContain("turn-overtime", Types());
    }

    [Fact]
    public async Task Turn_AtTheLimit_IsMarkedOvertimeAfterTheWarning()
    {
        await _consultation.ModerateAsync(new GiveFloor(_alice.Id));

        await AdvanceAsync(Second * 150);
        await AdvanceAsync(Second * 29);
        Assert.DoesNotContain("turn-overtime", Types());

        await AdvanceAsync(Second);
        Assert.Equal(["floor-given", "turn-warned", "turn-overtime"], Types().Where(t => t.StartsWith("turn-", StringComparison.Ordinal) || t == "floor-given"));
        Assert.True((await _consultation.ModeratorViewAsync()).Floor!.Overtime);

        await AdvanceAsync(Second * 600);
        Assert.Equal(1, Types().Count(t => t == "turn-overtime"));
        Assert.NotNull((await _consultation.ModeratorViewAsync()).Floor);
    }

    [Fact]
    public async Task Turn_EndedBeforeTheWarning_IsNeverWarned()
    {
        await _consultation.ModerateAsync(new GiveFloor(_alice.Id));
        await AdvanceAsync(Second * 100);

        await _consultation.ModerateAsync(new EndTurn());
        await AdvanceAsync(Second * 300);

        Assert.DoesNotContain("turn-warned", Types());
        Assert.DoesNotContain("turn-overtime", Types());
    }

    [Fact]
    public async Task Turn_NextTurnAfterAnEndedOne_GetsItsOwnTimers()
    {
        var bob = await _consultation.JoinConnectedAsync("Bob");
        await _consultation.ModerateAsync(new GiveFloor(_alice.Id));
        await AdvanceAsync(Second * 100);
        await _consultation.ModerateAsync(new EndTurn());
        await _consultation.ModerateAsync(new GiveFloor(bob.Id));

        await AdvanceAsync(Second * 149);
        Assert.DoesNotContain("turn-warned", Types());
        await AdvanceAsync(Second);

        var warned = Assert.Single(_host.Notifier.Events, e => e.Event is TurnWarned);
        Assert.Equal("T2", ((TurnWarned)warned.Event).TurnId);
    }

    [Fact]
    public async Task Turn_Warning_StillFiresAfterReactivation()
    {
        await _consultation.ModerateAsync(new GiveFloor(_alice.Id));
        await AdvanceAsync(Second * 60);

        await _host.RestartAsync();
        await _consultation.ModeratorViewAsync();
        await AdvanceAsync(Second * 89);
        Assert.DoesNotContain("turn-warned", Types());
        await AdvanceAsync(Second);

        Assert.Contains("turn-warned", Types());
        Assert.True((await _consultation.ModeratorViewAsync()).Floor!.Warned);
    }

    [Fact]
    public async Task Grace_HandOfDisconnectedParticipant_IsLoweredAfter60Seconds()
    {
        await _consultation.ExecuteAsync(_alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        await DisconnectAsync(_alice);

        await AdvanceAsync(Second * 59);
        Assert.Equal([_alice.Id], await QueueAsync());

        await AdvanceAsync(Second);
        Assert.Empty(await QueueAsync());
        var lowered = Assert.Single(_host.Notifier.Events, e => e.Event is HandLowered);
        Assert.Equal(new HandLowered(_alice.Id, HandLoweredReason.GraceExpired, _host.Time.GetUtcNow()), lowered.Event);
        var observed = lowered.For(Audience.Observer);
        Assert.Equal("hand-lowered", observed.Type);
        Assert.Contains("\"reason\":\"grace-expired\"", TestConsultation.Json(observed.Data), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grace_ReconnectingBefore60Seconds_KeepsTheHand()
    {
        var bob = await _consultation.JoinConnectedAsync("Bob");
        await _consultation.ExecuteAsync(bob, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        await _consultation.ExecuteAsync(_alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        await DisconnectAsync(_alice);
        await AdvanceAsync(Second * 30);

        await ConnectAsync(_alice);
        await AdvanceAsync(Second * 120);

        Assert.Equal([bob.Id, _alice.Id], await QueueAsync());
        Assert.DoesNotContain(_host.Notifier.Events, e => e.Event is HandLowered);
    }

    [Fact]
    public async Task Grace_DroppingAgainAfterReconnecting_StartsAFreshGracePeriod()
    {
        await _consultation.ExecuteAsync(_alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        await DisconnectAsync(_alice);
        await AdvanceAsync(Second * 40);
        await ConnectAsync(_alice);
        await DisconnectAsync(_alice);

        await AdvanceAsync(Second * 59);
        Assert.Equal([_alice.Id], await QueueAsync());
        await AdvanceAsync(Second);

        Assert.Empty(await QueueAsync());
    }

    [Fact]
    public async Task Grace_StillExpiresAfterReactivation()
    {
        await _consultation.ExecuteAsync(_alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        await DisconnectAsync(_alice);
        await AdvanceAsync(Second * 20);

        await _host.RestartAsync();
        Assert.Equal([_alice.Id], await QueueAsync());
        await AdvanceAsync(Second * 39);
        Assert.Equal([_alice.Id], await QueueAsync());
        await AdvanceAsync(Second);

        Assert.Empty(await QueueAsync());
        Assert.Contains(_host.Notifier.Events, e => e.Event is HandLowered { Reason: HandLoweredReason.GraceExpired });
    }

    /// <summary>Moves the clock; the timer ticks it fires are queued turns, so a call made afterwards runs after them.</summary>
    private async Task AdvanceAsync(TimeSpan by)
    {
        _host.Time.Advance(by);
        await _consultation.WatchAsync(_consultation.ModeratorKey);
    }

    private async Task ConnectAsync(TestParticipant participant)
    {
        await _host.NoticeAsync(_consultation.Id, participant.Token, participant.Id, connected: true).ShouldBeAcceptedAsync();
    }

    private async Task DisconnectAsync(TestParticipant participant)
    {
        await _host.NoticeAsync(_consultation.Id, participant.Token, participant.Id, connected: false).ShouldBeAcceptedAsync();
    }

    private async Task<IReadOnlyList<string>> QueueAsync() => [.. (await _consultation.ModeratorViewAsync()).Queue.Select(h => h.ParticipantId)];

    private IReadOnlyList<string> Types() => _host.Notifier.TypesOf(_consultation.Id);
}
