using System.Collections.Concurrent;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>
/// The MessagePack hub protocol beside JSON, through the real hub with the official .NET SignalR
/// client and its own MessagePack settings: the same names and shapes as JSON, events in version
/// order exactly once, and refusals with their code.
/// </summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationHubMessagePackTests(HubServer server)
{
    [Fact]
    public async Task AMessagePackClient_WatchesAndCommands_AndGetsEveryEventOnceInOrder_WithTheJsonContractsNames()
    {
        var keys = await server.CreateConsultationAsync();
        var events = new ConcurrentQueue<Dictionary<object, object?>>();
        await using var observer = await ConnectAsync(null);
        observer.On<Dictionary<object, object?>>("Event", events.Enqueue);
        observer.On<Dictionary<object, object?>[]>("Events", batch => Array.ForEach(batch, events.Enqueue));
        await using var moderator = await ConnectAsync(keys.ModeratorKey);

        var watched = await observer.InvokeAsync<Dictionary<object, object?>>("Watch", keys.Id, null);
        var from = Convert.ToInt64(watched["version"]);
        long last = 0;
        for (var i = 0; i < 3; i++)
        {
            var reply = await moderator.InvokeAsync<Dictionary<object, object?>>("CapturePoint", keys.Id, "recommendation", $"Share the data, part {i}.", null, null);
            last = Convert.ToInt64(reply["version"]);
        }
        var deadline = DateTime.UtcNow + Waits.Long;
        while (events.Select(e => Convert.ToInt64(e["version"])).DefaultIfEmpty(from).Max() < last && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal("observer", watched["role"]);
        Assert.Equal(from, Convert.ToInt64(((Dictionary<object, object?>)watched["view"]!)["version"]));
        Assert.Equal(Enumerable.Range(1, (int)(last - from)).Select(i => from + i), events.Select(e => Convert.ToInt64(e["version"])));
        var posted = events.First(e => (string?)e["type"] == "point-posted");
        Assert.Equal(keys.Id, posted["consultationId"]);
        var data = (Dictionary<object, object?>)posted["data"]!;
        Assert.Equal("recommendation", data["kind"]);
        Assert.Equal("Share the data, part 0.", data["text"]);
    }

    [Fact]
    public async Task AMessagePackClient_IsRefusedWithTheCode_LikeAJsonClient()
    {
        var keys = await server.CreateConsultationAsync();
        await using var observer = await ConnectAsync(null);

        var refused = await Assert.ThrowsAsync<HubException>(() => observer.InvokeAsync<object>("CapturePoint", keys.Id, "recommendation", "Not mine to capture.", null, null));
        var malformed = await Assert.ThrowsAsync<HubException>(() => observer.InvokeAsync<object>("Watch", keys.Id, "not a number"));

        Assert.StartsWith("forbidden:", refused.Message, StringComparison.Ordinal);
        Assert.StartsWith("invalid:", malformed.Message, StringComparison.Ordinal);
    }

    private async Task<HubConnection> ConnectAsync(string? credential)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Address, HubClient.HubPath), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                if (credential is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(credential);
                }
            })
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
