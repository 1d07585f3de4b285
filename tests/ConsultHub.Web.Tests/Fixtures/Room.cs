using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;

namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>
/// One consultation on the shared server plus the connections a test opens to it; disposing
/// closes the connections. The arrangement most hub tests repeat.
/// </summary>
public sealed class Room : IAsyncDisposable
{
    private readonly HubServer _server;
    private readonly ClientPool _clients;

    private Room(HubServer server, ConsultationKeys keys)
    {
        _server = server;
        _clients = new ClientPool(server.Address);
        Keys = keys;
    }

    /// <summary>The consultation's id and secrets.</summary>
    public ConsultationKeys Keys { get; }

    /// <summary>The consultation id.</summary>
    public string Id => Keys.Id;

    /// <summary>Creates a consultation (themes "data" and "capacity"); <paramref name="configure"/> adjusts the settings.</summary>
    public static async Task<Room> CreateAsync(HubServer server, Func<ConsultationSettings, ConsultationSettings>? configure = null) =>
        new(server, await server.CreateConsultationAsync(configure));

    /// <summary>Joins a participant with the join code.</summary>
    public Task<ParticipantToken> JoinAsync(string name, StakeholderGroup group = StakeholderGroup.CivilSociety, string? country = null) =>
        _server.Api.JoinAsync(Id, Keys.JoinCode, name, group, country);

    /// <summary>Opens a connection with a key, a token or nothing, without watching.</summary>
    public Task<HubClient> ConnectAsync(string? credential) => _clients.ConnectAsync(credential);

    /// <summary>Opens a connection and watches the consultation from its current view.</summary>
    public async Task<(HubClient Client, WatchReply Reply)> WatchAsync(string? credential)
    {
        var client = await ConnectAsync(credential);
        return (client, await client.WatchAsync(Id));
    }

    /// <summary>The consultation's current version, as the moderator's view reports it.</summary>
    public async Task<long> VersionAsync() => (await _server.Api.GetViewAsync(Id, Keys.ModeratorKey)).GetProperty("version").GetInt64();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _clients.DisposeAsync();
}
