using System.Collections.Immutable;
using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.EndToEnd.Tests.Fixtures;
using ConsultHub.Testing.Client;

namespace ConsultHub.EndToEnd.Tests.Cluster;

/// <summary>One person's page through the front door, with what its WebSockets did.</summary>
/// <param name="Person">The browser context and page.</param>
/// <param name="Sockets">The silos its WebSockets landed on and the Watch calls it sent.</param>
/// <param name="ParticipantId">The participant id, for participants.</param>
public sealed record ClusterBrowser(Person Person, SocketLog Sockets, string? ParticipantId) : IAsyncDisposable
{
    private const int LandingTries = 10;

    /// <summary>Creates a public consultation of <see cref="ClusterBrowserFixture.GrainRegion"/>, so its grain lives on the fixture's grain silo.</summary>
    public static Task<ConsultationKeys> CreateConsultationAsync(ClusterBrowserFixture cluster, string title) =>
        cluster.Api.CreateAsync(ClusterBrowserFixture.OrganizerKey, new ConsultationSettings
        {
            Title = title, Region = ClusterBrowserFixture.GrainRegion, TimeZone = "Europe/Vienna", Themes = ImmutableList.Create("energy"),
        });

    /// <summary>Opens the moderation page through the front door and starts the consultation.</summary>
    public static async Task<ClusterBrowser> OpenModeratorAndStartAsync(ClusterBrowserFixture cluster, ConsultationKeys keys)
    {
        var person = await cluster.OpenAsync("moderator");
        var sockets = await SocketLog.AttachAsync(person);
        await person.GotoAsync(cluster.Url($"#/moderate/{keys.Id}?key={Uri.EscapeDataString(keys.ModeratorKey)}"));
        await person.ExpectLiveAsync();
        await person.TestId("start").ClickAsync();
        await person.Page.Locator("[data-testid=consultation-status][data-status=live]").WaitForAsync();
        return new ClusterBrowser(person, sockets, null);
    }

    /// <summary>
    /// Joins a participant over the API and opens their floor page through the front door until
    /// it lands on a silo other than <paramref name="avoid"/> (the front door picks; a browser
    /// that landed on <paramref name="avoid"/> is closed and another opened).
    /// </summary>
    public static async Task<ClusterBrowser> OpenParticipantAsync(ClusterBrowserFixture cluster, ConsultationKeys keys, string name, string? avoid = null)
    {
        var pass = await cluster.Api.JoinAsync(keys.Id, keys.JoinCode, name, StakeholderGroup.CivilSociety, "AT");
        for (var attempt = 1; ; attempt++)
        {
            var person = await cluster.OpenAsync($"participant-{name.Split(' ')[0].ToLowerInvariant()}");
            var stored = JsonSerializer.Serialize(new { participantId = pass.ParticipantId, token = pass.Token });
            await person.Context.AddInitScriptAsync(
                $"if (location.protocol.startsWith('http')) localStorage.setItem({JsonSerializer.Serialize($"consulthub.participant.{keys.Id}")}, {JsonSerializer.Serialize(stored)});");
            var sockets = await SocketLog.AttachAsync(person);
            await person.GotoAsync(cluster.Url($"#/participate/{keys.Id}"));
            await person.ExpectLiveAsync();
            if (sockets.CurrentSilo != avoid)
            {
                return new ClusterBrowser(person, sockets, pass.ParticipantId);
            }
            await person.DisposeAsync();
            if (attempt == LandingTries)
            {
                throw new InvalidOperationException($"{name}'s browser landed on {avoid} {LandingTries} times in a row.");
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Person.DisposeAsync();
}
