using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>Made-up ids must not pile up activations: each call answers not-found and the activation goes.</summary>
public sealed class ConsultationGrainUnknownIdTests
{
    [Fact]
    public async Task CallsOnIdsNobodyCreated_AnswerNotFound_AndKeepNoActivation()
    {
        await using var host = await ConsultationHost.StartAsync();
        var kept = await host.CreateAsync("real");

        for (var i = 0; i < 50; i++)
        {
            var grain = host.Grain($"made-up-{i}");
            Assert.Equal("not-found", (await grain.WatchAsync(null, null)).Code);
            Assert.Equal("not-found", (await grain.ExecuteAsync(kept.ModeratorKey, new StartConsultation())).Code);
            Assert.Null(await grain.GetPublicViewAsync());
            Assert.Null(await grain.GetRecordAsync(ConsultationHost.OrganizerKey));
            Assert.Equal(Role.Anonymous, (await grain.AuthenticateAsync(kept.ModeratorKey)).Role);
            Assert.False((await grain.JoinAsync(null, new JoinRequest(kept.JoinCode, "Mallory", null, StakeholderGroup.CivilSociety, null))).Outcome.Accepted);
        }

        await WaitForActivationsAsync(host, 1);
        Assert.Equal(["real"], await host.Journal.Inner.ListStreamsAsync());
    }

    [Fact]
    public async Task RefusedCreate_KeepsNoActivation_AndALaterCreateWorks()
    {
        await using var host = await ConsultationHost.StartAsync();
        var settings = new ConsultationSettings { Title = "Open data", Region = "Europe", TimeZone = "Europe/Vienna" };

        var refused = await host.Grain("later").CreateAsync("not-the-organizer-key", settings);
        Assert.False(refused.Outcome.Accepted);
        await WaitForActivationsAsync(host, 0);

        var created = await host.Grain("later").CreateAsync(ConsultationHost.OrganizerKey, settings);
        Assert.True(created.Outcome.Accepted);
        Assert.Equal(1, await host.ActivationCountAsync());
        Assert.NotNull(await host.Grain("later").GetPublicViewAsync());
        Assert.Equal(1, await host.ActivationCountAsync());
    }

    /// <summary>Deactivation runs after the turn that asked for it; wait for it rather than race it.</summary>
    private static async Task WaitForActivationsAsync(ConsultationHost host, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await host.ActivationCountAsync() != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.Equal(expected, await host.ActivationCountAsync());
    }
}
