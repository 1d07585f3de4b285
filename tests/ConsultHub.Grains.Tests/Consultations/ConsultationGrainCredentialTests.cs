using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations;

public sealed class ConsultationGrainCredentialTests : IAsyncLifetime
{
    private ConsultationHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsultationHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Create_WithOrganizerKey_ReturnsDistinctUnguessableSecrets()
    {
        var created = await _host.Grain("c1").CreateAsync(ConsultationHost.OrganizerKey, new ConsultationSettings { Title = "T", Region = "Asia" });

        created.Outcome.ShouldBeAccepted();
        Assert.NotEqual(created.ModeratorKey, created.ObserverKey);
        Assert.True(created.ModeratorKey!.Length >= 22, "A key must carry at least 128 random bits.");
        Assert.True(created.ObserverKey!.Length >= 22, "A key must carry at least 128 random bits.");
        Assert.Equal(Role.Organizer, (await _host.Grain("c1").AuthenticateAsync(ConsultationHost.OrganizerKey)).Role);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-the-organizer-key-0123456789")]
    public async Task Create_WithoutTheOrganizerKey_IsForbiddenAndWritesNothing(string? key)
    {
        var created = await _host.Grain("c1").CreateAsync(key, new ConsultationSettings { Title = "T", Region = "Asia" });

        created.Outcome.ShouldBeRefused("forbidden");
        Assert.Null(created.ModeratorKey);
        Assert.Empty(await _host.ReadJournalAsync("c1"));
        Assert.Equal("not-found", (await _host.Grain("c1").WatchAsync(ConsultationHost.OrganizerKey, null)).Code);
    }

    [Fact]
    public async Task ModeratorKey_ResolvesToModerator_AndMayRunTheSession()
    {
        var consultation = await _host.CreateAsync();

        var caller = await consultation.Grain.AuthenticateAsync(consultation.ModeratorKey);
        var watched = await consultation.WatchAsync(consultation.ModeratorKey);

        Assert.Equal(Role.Moderator, caller.Role);
        Assert.Equal(Role.Moderator, watched.Role);
        Assert.Equal(consultation.JoinCode, watched.View!.JoinCode);
        await consultation.ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
    }

    [Fact]
    public async Task ObserverKey_OnPrivateConsultation_WatchesAsObserverAndCannotModerate()
    {
        var consultation = await _host.CreateAsync(configure: s => s with { Visibility = Visibility.Private });

        var watched = await consultation.WatchAsync(consultation.ObserverKey);

        Assert.Null(watched.Code);
        Assert.Equal(Role.Observer, watched.Role);
        Assert.Null(watched.View!.JoinCode);
        Assert.Null(watched.View.Ledger);
        await consultation.ExecuteAsync(consultation.ObserverKey, new StartConsultation()).ShouldBeRefusedAsync("forbidden");
    }

    [Fact]
    public async Task NoCredential_OnPrivateConsultation_IsRefusedWatch()
    {
        var consultation = await _host.CreateAsync(configure: s => s with { Visibility = Visibility.Private });

        var watched = await consultation.WatchAsync(null);

        Assert.Equal("forbidden", watched.Code);
        Assert.Null(watched.View);
        Assert.Null(watched.Events);
    }

    [Fact]
    public async Task NoCredential_OnPublicConsultation_WatchesAsObserver()
    {
        var consultation = await _host.CreateAsync();

        var watched = await consultation.WatchAsync(null);

        Assert.Null(watched.Code);
        Assert.Equal(Role.Observer, watched.Role);
        Assert.NotNull(watched.View);
    }

    [Fact]
    public async Task ParticipantToken_ResolvesToThatParticipant_AndWorks()
    {
        var consultation = await _host.CreateAsync(configure: s => s with { Visibility = Visibility.Private });
        var alice = await consultation.JoinAsync("Alice");

        var caller = await consultation.Grain.AuthenticateAsync(alice.Token);
        var watched = await consultation.WatchAsync(alice.Token);
        await consultation.ExecuteAsync(alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();

        Assert.Equal((Role.Participant, alice.Id), (caller.Role, caller.ParticipantId));
        Assert.Equal(alice.Id, watched.View!.ParticipantId);
        Assert.Equal([alice.Id], (await consultation.ModeratorViewAsync()).Queue.Select(h => h.ParticipantId));
        await consultation.ExecuteAsync(alice, new StartConsultation()).ShouldBeRefusedAsync("forbidden");
    }

    [Fact]
    public async Task RemovedParticipant_TokenStopsWorkingAtOnce()
    {
        var consultation = await _host.CreateAsync();
        var alice = await consultation.JoinConnectedAsync("Alice");
        await consultation.ExecuteAsync(alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();

        await consultation.ModerateAsync(new RemoveParticipant(alice.Id, "disruptive"));

        Assert.Equal("forbidden", (await consultation.WatchAsync(alice.Token)).Code);
        Assert.Equal(Role.Anonymous, (await consultation.Grain.AuthenticateAsync(alice.Token)).Role);
        await consultation.ExecuteAsync(alice, new RaiseHand(HandIntent.Speak)).ShouldBeRefusedAsync("forbidden");
        await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Observation, "Still here")).ShouldBeRefusedAsync("forbidden");
        await _host.NoticeAsync(consultation.Id, alice.Token, alice.Id, connected: false).ShouldBeRefusedAsync("forbidden");
        Assert.Empty((await consultation.ModeratorViewAsync()).Queue);
    }

    [Fact]
    public async Task RemovedParticipant_TokenStaysDeadAfterReactivation()
    {
        var consultation = await _host.CreateAsync();
        var alice = await consultation.JoinAsync("Alice");
        await consultation.ModerateAsync(new RemoveParticipant(alice.Id));

        await _host.RestartAsync();

        Assert.Equal("forbidden", (await consultation.WatchAsync(alice.Token)).Code);
        await consultation.ExecuteAsync(alice, new RaiseHand(HandIntent.Speak)).ShouldBeRefusedAsync("forbidden");
    }

    [Fact]
    public async Task ParticipantToken_OfAnotherConsultation_DoesNotWork()
    {
        var a = await _host.CreateAsync("a");
        var b = await _host.CreateAsync("b");
        var alice = await a.JoinAsync("Alice");
        await b.JoinAsync("Bob");

        Assert.Equal(Role.Anonymous, (await b.Grain.AuthenticateAsync(alice.Token)).Role);
        Assert.Equal("forbidden", (await b.WatchAsync(alice.Token)).Code);
        await b.ExecuteAsync(alice, new RaiseHand(HandIntent.Speak)).ShouldBeRefusedAsync("forbidden");
        await b.ExecuteAsync(a.ModeratorKey, new StartConsultation()).ShouldBeRefusedAsync("forbidden");
        Assert.Equal(Role.Anonymous, (await b.Grain.AuthenticateAsync(a.ObserverKey)).Role);
        Assert.Empty((await b.ModeratorViewAsync()).Queue);
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("id")]
    [InlineData("dot")]
    [InlineData("truncated")]
    public async Task ParticipantToken_Tampered_DoesNotWork(string part)
    {
        var consultation = await _host.CreateAsync();
        var alice = await consultation.JoinAsync("Alice");
        await consultation.JoinAsync("Bob");
        var dot = alice.Token.IndexOf('.');
        var tampered = part switch
        {
            "secret" => alice.Token[..^1] + (alice.Token[^1] == 'A' ? 'B' : 'A'),
            "id" => alice.Token[..(dot - 1)] + (alice.Token[dot - 1] == 'A' ? 'B' : 'A') + alice.Token[dot..],
            "dot" => alice.Token.Replace('.', '_'),
            _ => alice.Token[..^4],
        };

        Assert.Equal(Role.Anonymous, (await consultation.Grain.AuthenticateAsync(tampered)).Role);
        Assert.Equal("forbidden", (await consultation.WatchAsync(tampered)).Code);
        await consultation.ExecuteAsync(tampered, new RaiseHand(HandIntent.Speak)).ShouldBeRefusedAsync("forbidden");
    }

    [Fact]
    public async Task ModeratorKey_JoinsTheFloor_AndItsTokenResolvesToModerator()
    {
        var consultation = await _host.CreateAsync();

        var joined = await consultation.Grain.JoinAsync(consultation.ModeratorKey, new JoinRequest(null, "Chair", null, StakeholderGroup.InternationalOrganization, null));

        joined.Outcome.ShouldBeAccepted();
        var caller = await consultation.Grain.AuthenticateAsync(joined.Token);
        Assert.Equal((Role.Moderator, joined.ParticipantId), (caller.Role, caller.ParticipantId));
        await consultation.ExecuteAsync(joined.Token, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
    }

    [Fact]
    public async Task Join_WithWrongJoinCode_IsForbidden()
    {
        var consultation = await _host.CreateAsync();

        var joined = await consultation.Grain.JoinAsync(null, new JoinRequest("OOOO-0000", "Mallory", null, StakeholderGroup.Other, null));

        joined.Outcome.ShouldBeRefused("forbidden");
        Assert.Null(joined.Token);
        Assert.Empty((await consultation.ModeratorViewAsync()).Participants);
    }
}
